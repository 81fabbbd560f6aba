package org.openlicensing.persistence.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Counts the statements a DataSource's connections send to the database: each execution of a
 * statement, and each JDBC batch, is one round trip. For tests that bulk operations go in batches
 * and IN lists, not in a statement per row.
 */
public final class StatementCounter {
  private static final Set<String> EXECUTIONS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");

  private final AtomicInteger count = new AtomicInteger();

  /** How many statements ran since the last reset. */
  public int count() {
    return count.get();
  }

  public void reset() {
    count.set(0);
  }

  /** The DataSource, with the statements of its connections counted here. */
  public DataSource wrap(DataSource dataSource) {
    return proxy(
        DataSource.class,
        dataSource,
        (method, result) -> result instanceof Connection connection ? wrap(connection) : result);
  }

  private Connection wrap(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (method, result) -> {
          if (result instanceof CallableStatement statement) {
            return counted(CallableStatement.class, statement);
          }
          if (result instanceof PreparedStatement statement) {
            return counted(PreparedStatement.class, statement);
          }
          if (result instanceof Statement statement) {
            return counted(Statement.class, statement);
          }
          return result;
        });
  }

  private <S extends Statement> S counted(Class<S> type, S statement) {
    return proxy(
        type,
        statement,
        (method, result) -> {
          if (EXECUTIONS.contains(method.getName())) {
            count.incrementAndGet();
          }
          return result;
        });
  }

  /** What becomes of a method's result; called after the call succeeded. */
  private interface After {
    Object apply(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, After after) {
    InvocationHandler handler =
        (proxy, method, arguments) -> {
          try {
            return after.apply(method, method.invoke(target, arguments));
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
