package org.openlicensing.benchmarks.scale;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A DataSource that, while switched on, writes down the statements the library prepares and the
 * parameters it binds, so that the very statements of a validation can be explained (EXPLAIN
 * ANALYZE) on the database afterwards. Switched off, it only passes calls through.
 */
final class StatementCapture {
  /** One prepared statement as the library ran it. */
  record Captured(String sql, List<Binding> bindings) {}

  /** One {@code setXxx(index, value...)} call. */
  record Binding(Method method, Object[] arguments) {}

  private final DataSource target;
  private final List<Captured> captured = new ArrayList<>();
  private volatile boolean on;

  StatementCapture(DataSource target) {
    this.target = target;
  }

  DataSource dataSource() {
    return proxy(DataSource.class, target, this::afterDataSourceCall);
  }

  synchronized List<Captured> capture(Runnable work) {
    captured.clear();
    on = true;
    try {
      work.run();
    } finally {
      on = false;
    }
    return List.copyOf(captured);
  }

  /** EXPLAIN (ANALYZE, BUFFERS) of a captured statement, on a connection of the caller's. */
  static String explain(Connection connection, Captured statement) throws SQLException {
    try (PreparedStatement explain =
        connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " + statement.sql())) {
      for (Binding binding : statement.bindings()) {
        try {
          binding.method().invoke(explain, binding.arguments());
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new SQLException("cannot bind " + binding.method().getName(), e);
        }
      }
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  private Object afterDataSourceCall(Method method, Object result) {
    if (result instanceof Connection connection) {
      return proxy(Connection.class, connection, (m, r) -> r);
    }
    return result;
  }

  private interface After {
    Object apply(Method method, Object result);
  }

  @SuppressWarnings("unchecked")
  private <T> T proxy(Class<T> type, T delegate, After after) {
    InvocationHandler handler =
        (proxy, method, arguments) -> {
          Object result;
          try {
            result = method.invoke(delegate, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (type == Connection.class
              && on
              && method.getName().equals("prepareStatement")
              && result instanceof PreparedStatement statement) {
            return recording(statement, (String) arguments[0]);
          }
          return after.apply(method, result);
        };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private PreparedStatement recording(PreparedStatement statement, String sql) {
    List<Binding> bindings = new ArrayList<>();
    synchronized (this) {
      captured.add(new Captured(sql, bindings));
    }
    InvocationHandler handler =
        (proxy, method, arguments) -> {
          if (method.getName().startsWith("set")
              && arguments != null
              && arguments.length >= 2
              && arguments[0] instanceof Integer) {
            bindings.add(new Binding(method, arguments.clone()));
          }
          try {
            return method.invoke(statement, arguments);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return (PreparedStatement)
        Proxy.newProxyInstance(
            PreparedStatement.class.getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            handler);
  }
}
