package org.openlicensing.server.organizations;

import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.model.Parameter;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.uri.UriTemplate;

/**
 * Every endpoint of a Jersey application, read from its JAX-RS resource model as Jersey builds it
 * from the registered resources, child resources included: an endpoint added later is found without
 * anyone listing it.
 */
final class ApiEndpoints {
  private ApiEndpoints() {}

  /**
   * One resource method: its HTTP method, its path template, the media type it consumes first (or
   * null), and whether it reads a request body.
   */
  record Endpoint(String method, String template, String consumes, boolean takesBody) {
    /** The names of the path parameters, in the order of the template. */
    List<String> pathParameters() {
      return new UriTemplate(template).getTemplateVariables();
    }

    /**
     * The literal path segment before the parameter, with the parameter: {@code licenses/{id}} says
     * which kind of id {@code id} is.
     */
    String segmentOf(String parameter) {
      String[] segments = template.split("/");
      for (int i = 1; i < segments.length; i++) {
        if (segments[i].matches("\\{\\s*" + parameter + "\\s*(:.*)?}")) {
          return segments[i - 1] + "/{" + parameter + "}";
        }
      }
      throw new IllegalArgumentException(parameter + " is not in " + template);
    }

    /** The path with each parameter replaced by its value, in the order of the template. */
    String fill(List<String> values) {
      return new UriTemplate(template).createURI(values.toArray(String[]::new));
    }

    @Override
    public String toString() {
      return method + " " + template + (consumes == null ? "" : " (" + consumes + ")");
    }
  }

  /** The endpoints of the application's resource classes and resource instances. */
  static List<Endpoint> of(ResourceConfig application) {
    Set<Class<?>> types = new LinkedHashSet<>(application.getClasses());
    application.getInstances().forEach(instance -> types.add(instance.getClass()));
    List<Endpoint> endpoints = new ArrayList<>();
    for (Class<?> type : types) {
      if (type.isAnnotationPresent(Path.class) && Resource.isAcceptable(type)) {
        collect(Resource.from(type), "", endpoints);
      }
    }
    for (Resource resource : application.getResources()) {
      collect(resource, "", endpoints);
    }
    endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
    return endpoints;
  }

  private static void collect(Resource resource, String parent, List<Endpoint> into) {
    String path = join(parent, resource.getPath());
    if (resource.getResourceLocator() != null) {
      throw new AssertionError(
          "a sub-resource locator serves "
              + path
              + ": its endpoints are known only at run time, so the sweep cannot list them");
    }
    for (ResourceMethod method : resource.getResourceMethods()) {
      boolean takesBody =
          method.getInvocable().getParameters().stream()
              .anyMatch(p -> p.getSource() == Parameter.Source.ENTITY);
      String consumes =
          method.getConsumedTypes().isEmpty() ? null : method.getConsumedTypes().get(0).toString();
      into.add(new Endpoint(method.getHttpMethod(), path, consumes, takesBody));
    }
    for (Resource child : resource.getChildResources()) {
      collect(child, path, into);
    }
  }

  private static String join(String parent, String path) {
    if (path == null || path.isEmpty()) {
      return parent;
    }
    String left = parent.endsWith("/") ? parent.substring(0, parent.length() - 1) : parent;
    return left + (path.startsWith("/") ? path : "/" + path);
  }
}
