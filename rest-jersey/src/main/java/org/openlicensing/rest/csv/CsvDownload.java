package org.openlicensing.rest.csv;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.openlicensing.api.licenses.Export;

/**
 * A CSV file streamed to the client as its rows are read: a header line, then a line per row, with
 * CRLF line ends (RFC 4180), in UTF-8, as an attachment. Nothing is held but the page being read,
 * so an export of any size costs the same memory.
 */
public final class CsvDownload {
  public static final String MEDIA_TYPE = "text/csv";
  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private CsvDownload() {}

  /**
   * The response; the rows are read while it is written.
   *
   * @param cells the row's cells, in the order of {@code header}, made safe by {@link CsvCells}
   */
  public static <T> Response of(
      String filename, List<String> header, Export<T> rows, Function<T, List<String>> cells) {
    CsvSchema.Builder columns = CsvSchema.builder();
    header.forEach(columns::addColumn);
    CsvSchema schema = columns.setUseHeader(true).setLineSeparator("\r\n").build();
    StreamingOutput body = out -> write(out, schema, rows, cells);
    return Response.ok(body)
        .type(MEDIA_TYPE + "; charset=utf-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
        // The file holds an organization's licenses: no shared cache should keep a copy.
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static <T> void write(
      OutputStream out, CsvSchema schema, Export<T> rows, Function<T, List<String>> cells)
      throws IOException {
    BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
    try (SequenceWriter writer = MAPPER.writer(schema).writeValues(buffered)) {
      rows.forEach(
          row -> {
            try {
              writer.write(cells.apply(row));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
