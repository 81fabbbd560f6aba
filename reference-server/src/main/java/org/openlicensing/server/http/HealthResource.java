package org.openlicensing.server.http;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * Liveness (the process answers) and readiness (it can serve: the database answers, and the server
 * is not shutting down), for load balancers and orchestrators.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {
  private static final int DATABASE_TIMEOUT_SECONDS = 2;

  private final DataSource dataSource;
  private final BooleanSupplier accepting;

  public HealthResource(DataSource dataSource, BooleanSupplier accepting) {
    this.dataSource = dataSource;
    this.accepting = accepting;
  }

  @GET
  @Path("/live")
  public Map<String, String> live() {
    return Map.of("status", "UP");
  }

  @GET
  @Path("/ready")
  public Response ready() {
    boolean database = databaseAnswers();
    boolean up = database && accepting.getAsBoolean();
    return Response.status(up ? 200 : 503)
        .entity(
            Map.of(
                "status",
                up ? "UP" : "DOWN",
                "checks",
                Map.of(
                    "database",
                    database ? "UP" : "DOWN",
                    "accepting",
                    accepting.getAsBoolean() ? "UP" : "DOWN")))
        .build();
  }

  private boolean databaseAnswers() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(DATABASE_TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
