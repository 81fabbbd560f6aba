package org.openlicensing.core.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;

class FieldChecksTest {
  @Test
  void reportsEveryFieldAtFaultInOneError() {
    FieldChecks checks = new FieldChecks();
    checks.text("name", "  ", 10);
    checks.number("seats", 0, 1, 5);
    checks.text("city", "x".repeat(11), 10);

    LicensingException e = catchThrowableOfType(LicensingException.class, checks::throwIfAny);

    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("name", "seats", "city");
  }

  @Test
  void passesAndStripsGoodValues() {
    FieldChecks checks = new FieldChecks();
    String name = checks.text("name", "  Ada ", 10);
    checks.throwIfAny();

    assertThat(name).isEqualTo("Ada");
    assertThat(checks.hasErrors()).isFalse();
  }

  @Test
  void refusesControlCharacters() {
    FieldChecks checks = new FieldChecks();
    checks.text("name", "Ada\u0000Lovelace", 50);

    assertThat(checks.hasErrors()).isTrue();
  }

  @Test
  void turnsAValueObjectsRefusalIntoTheFieldsError() {
    FieldChecks checks = new FieldChecks();
    checks.parse(
        "email",
        "nope",
        value -> {
          throw new IllegalArgumentException("is not a valid e-mail address");
        });

    LicensingException e = catchThrowableOfType(LicensingException.class, checks::throwIfAny);
    assertThat(e.fieldErrors())
        .containsExactly(new FieldError("email", "is not a valid e-mail address"));
  }
}
