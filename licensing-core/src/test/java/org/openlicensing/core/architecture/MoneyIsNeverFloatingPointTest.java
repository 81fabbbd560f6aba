package org.openlicensing.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;

/**
 * DESIGN's invariant 4: money is integers in minor units, never floating point. No field, record
 * component, parameter or return value anywhere in the api or the core is a float or a double (nor
 * a BigDecimal, which invites fractional cents), so no amount can be one.
 */
class MoneyIsNeverFloatingPointTest {
  private static final Set<String> FRACTIONAL =
      Set.of("float", "double", "java.lang.Float", "java.lang.Double", "java.math.BigDecimal");

  private static final JavaClasses MAIN_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openlicensing.api", "org.openlicensing.core");

  @Test
  void noFieldParameterOrResultIsFractional() {
    List<String> offenders = new ArrayList<>();
    for (JavaClass type : MAIN_CLASSES) {
      for (JavaField field : type.getFields()) {
        if (fractional(field.getRawType())) {
          offenders.add(field.getFullName());
        }
      }
      for (JavaCodeUnit code : type.getCodeUnits()) {
        if (type.isAnonymousClass() && code.isConstructor()) {
          // An anonymous subclass's constructor repeats its superclass's parameters, such as the
          // load factor of an access-ordered LinkedHashMap: the JDK's shape, not ours.
          continue;
        }
        boolean bad =
            fractional(code.getRawReturnType())
                || code.getRawParameterTypes().stream().anyMatch(this::fractional);
        if (bad) {
          offenders.add(code.getFullName());
        }
      }
    }

    assertThat(MAIN_CLASSES.contain(Money.class)).as("the check sees the api").isTrue();
    assertThat(offenders).isEmpty();
  }

  @Test
  void theCheckWouldSeeADouble() {
    JavaClasses sample = new ClassFileImporter().importClasses(WithADouble.class);

    assertThat(sample.get(WithADouble.class).getFields())
        .anyMatch(field -> fractional(field.getRawType()));
  }

  private boolean fractional(JavaType type) {
    return FRACTIONAL.contains(type.toErasure().getName());
  }

  /** A record as a careless change would write it. */
  private record WithADouble(double amount) {}
}
