package org.openlicensing.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends EclipseLink's log to SLF4J, under {@code org.eclipse.persistence.<category>} (for example
 * {@code org.eclipse.persistence.sql}), so that it is configured with the application's other logs.
 * SEVERE is error, WARNING warn, INFO info, CONFIG debug and the FINE levels trace. EclipseLink
 * instantiates it by name (property {@code eclipselink.logging.logger}).
 */
public final class Slf4jSessionLog extends AbstractSessionLog {
  private static final String ROOT = "org.eclipse.persistence";

  /** EclipseLink asks before every statement whether to log it: the answer must be cheap. */
  private static final Map<String, Logger> LOGGERS = new ConcurrentHashMap<>();

  private static final Logger ROOT_LOGGER = LoggerFactory.getLogger(ROOT);

  @Override
  public boolean shouldLog(int level) {
    return shouldLog(level, null);
  }

  @Override
  public boolean shouldLog(int level, String category) {
    Logger logger = logger(category);
    if (level >= SessionLog.SEVERE) {
      return logger.isErrorEnabled();
    } else if (level >= SessionLog.WARNING) {
      return logger.isWarnEnabled();
    } else if (level >= SessionLog.INFO) {
      return logger.isInfoEnabled();
    } else if (level >= SessionLog.CONFIG) {
      return logger.isDebugEnabled();
    }
    return level > SessionLog.ALL && logger.isTraceEnabled();
  }

  @Override
  public void log(SessionLogEntry entry) {
    int level = entry.getLevel();
    if (!shouldLog(level, entry.getNameSpace())) {
      return;
    }
    Logger logger = logger(entry.getNameSpace());
    String message = formatMessage(entry);
    Throwable exception = entry.getException();
    if (level >= SessionLog.SEVERE) {
      logger.error(message, exception);
    } else if (level >= SessionLog.WARNING) {
      logger.warn(message, exception);
    } else if (level >= SessionLog.INFO) {
      logger.info(message, exception);
    } else if (level >= SessionLog.CONFIG) {
      logger.debug(message, exception);
    } else {
      logger.trace(message, exception);
    }
  }

  private static Logger logger(String category) {
    if (category == null) {
      return ROOT_LOGGER;
    }
    return LOGGERS.computeIfAbsent(category, c -> LoggerFactory.getLogger(ROOT + "." + c));
  }
}
