package org.openlicensing.rest.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that takes a larger body than the server's limit, such as a bulk file of a
 * thousand lines; the larger of the two applies.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {
  /** At most this many bytes. */
  int bytes() default 1024 * 1024;
}
