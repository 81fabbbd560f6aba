package org.openlicensing.server.config;

/** A configuration value the server cannot start with; the message names the key. */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String key, String problem) {
    super(key + " " + problem);
  }

  /** For a message that names its key already. */
  public ConfigException(String message) {
    super(message);
  }
}
