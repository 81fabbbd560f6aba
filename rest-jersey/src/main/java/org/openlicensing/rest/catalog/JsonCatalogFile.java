package org.openlicensing.rest.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.catalog.CatalogFile;
import org.openlicensing.core.catalog.CatalogFileException;
import org.openlicensing.core.catalog.CatalogSyncReport;
import org.openlicensing.rest.json.ObjectMapperProvider;
import org.openlicensing.rest.problems.JsonInputExceptionMapper;

/**
 * Reads a catalog file in JSON and applies it: the one call a server makes at start-up, {@link
 * #apply(Licensing, Path)}. The JSON is read as strictly as the API reads requests: an unknown
 * field, a value of the wrong type or a missing version is refused, naming the path at fault, as in
 * {@code plans[1].prices[0].amount}. Every fault is a {@link CatalogFileException} with one line
 * that names the file, and nothing of the file is applied.
 *
 * <pre>{@code
 * {"version": 3,
 *  "plans": [{"code": "pro", "name": "Pro", "description": "...",
 *             "prices": [{"period": "MONTHLY", "currency": "EUR", "amount": 2900}],
 *             "minSeats": 1, "maxSeats": 50, "trialDays": 0, "entitlements": ["core"],
 *             "policy": {"deviceLimit": 3, "floating": false, "offlineAllowed": true,
 *                        "graceDays": 7, "tokenLifetimeDays": 14,
 *                        "concurrencyLimit": 3, "heartbeatWindowSeconds": 600,
 *                        "userBound": false, "overage": "NONE", "transferRule": "DEACTIVATE"},
 *             "kycRequired": false, "active": true}]}
 * }</pre>
 */
public final class JsonCatalogFile {
  /** Far more than a catalog needs, and little enough to read at once. */
  static final int MAX_BYTES = 1 << 20;

  private JsonCatalogFile() {}

  /**
   * Reads the file and applies it unless a file of its version or a newer one was applied before;
   * returns what it did, which reads well in a log line.
   *
   * @throws CatalogFileException naming the file and each fault, when it cannot be read or is at
   *     fault
   */
  public static CatalogSyncReport apply(Licensing licensing, Path file) {
    return apply(licensing, read(file), file.toString());
  }

  /** As {@link #apply(Licensing, Path)}, for a file among the classes, such as a bundled one. */
  public static CatalogSyncReport apply(Licensing licensing, URL file) {
    return apply(licensing, read(file), file.toString());
  }

  private static CatalogSyncReport apply(Licensing licensing, CatalogFile catalog, String name) {
    try {
      return licensing.catalogFiles().apply(catalog);
    } catch (LicensingException e) {
      throw fault(name, e.getMessage());
    }
  }

  public static CatalogFile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in.readNBytes(MAX_BYTES + 1), file.toString());
    } catch (IOException e) {
      throw fault(file.toString(), "cannot be read: " + e);
    }
  }

  public static CatalogFile read(URL file) {
    try (InputStream in = file.openStream()) {
      return parse(in.readNBytes(MAX_BYTES + 1), file.toString());
    } catch (IOException e) {
      throw fault(file.toString(), "cannot be read: " + e);
    }
  }

  /**
   * The catalog in the JSON text; its plans are checked when it is applied.
   *
   * @param name names the file in messages
   */
  public static CatalogFile parse(byte[] json, String name) {
    if (json.length > MAX_BYTES) {
      throw fault(name, "is larger than " + MAX_BYTES + " bytes");
    }
    CatalogFileJson file;
    try {
      file = ObjectMapperProvider.mapper().readValue(json, CatalogFileJson.class);
    } catch (JsonProcessingException e) {
      CatalogFileException fault = fault(name, describe(e));
      // Jackson's own message names Java types; it stays out of the line, but not out of a trace.
      fault.addSuppressed(e);
      throw fault;
    } catch (IOException e) {
      throw fault(name, "cannot be read: " + e);
    }
    if (file == null) {
      throw fault(name, "must hold a JSON object, not null");
    }
    List<String> missing = new ArrayList<>();
    if (file.version() == null) {
      missing.add("version is required");
    }
    if (file.plans() == null) {
      missing.add("plans is required");
    }
    if (!missing.isEmpty()) {
      throw fault(name, String.join("; ", missing));
    }
    List<PlanDraft> drafts = new ArrayList<>();
    for (CatalogPlanJson plan : file.plans()) {
      drafts.add(plan == null ? null : plan.toDraft());
    }
    return new CatalogFile(file.version(), drafts);
  }

  /** The fault as the API names it in problem bodies, with its path from the file's root. */
  private static String describe(JsonProcessingException e) {
    FieldError error = JsonInputExceptionMapper.describe(e);
    return error.field().equals("body") ? error.message() : error.field() + " " + error.message();
  }

  private static CatalogFileException fault(String name, String problem) {
    return new CatalogFileException("catalog file " + name + ": " + problem);
  }
}
