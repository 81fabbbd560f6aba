package org.openlicensing.core.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The 10,000 most common passwords, from the ranked list nbvcxz ships (most common first), compared
 * without regard to case. Loaded once, on first use.
 */
public final class CommonPasswords {
  public static final int SIZE = 10_000;

  private CommonPasswords() {}

  public static boolean contains(String password) {
    return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
  }

  private static final class Holder {
    static final Set<String> PASSWORDS = load();

    private static Set<String> load() {
      String resource = "/dictionaries/" + DictionaryUtil.passwords;
      try (InputStream in = DictionaryUtil.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("nbvcxz's password list is missing: " + resource);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> passwords = new HashSet<>(SIZE * 2);
        String line;
        while (passwords.size() < SIZE && (line = reader.readLine()) != null) {
          if (!line.isBlank()) {
            passwords.add(line.strip().toLowerCase(Locale.ROOT));
          }
        }
        return Set.copyOf(passwords);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read nbvcxz's password list", e);
      }
    }
  }
}
