package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.server.testing.ApiClient.Download;

/** A CSV file the server handed out, read back by a CSV parser: its header and its rows. */
record CsvFile(String text, List<String> header, List<Map<String, String>> rows) {
  private static final CsvMapper MAPPER = new CsvMapper();

  /** Reads a 200 download; fails the test on anything else. */
  static CsvFile of(Download download) {
    assertThat(download.status())
        .as("export: %s", new String(download.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    String text = new String(download.bytes(), StandardCharsets.UTF_8);
    List<String[]> records = new ArrayList<>();
    try (MappingIterator<String[]> lines =
        MAPPER.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
      while (lines.hasNextValue()) {
        records.add(lines.nextValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> header = Arrays.asList(records.get(0));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String[] record : records.subList(1, records.size())) {
      assertThat(record).as("a row as wide as the header").hasSize(header.size());
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), record[i]);
      }
      rows.add(row);
    }
    return new CsvFile(text, header, rows);
  }

  /** The row whose {@code id} column is the id. */
  Map<String, String> row(String id) {
    return rows.stream().filter(r -> r.get("id").equals(id)).findFirst().orElseThrow();
  }
}
