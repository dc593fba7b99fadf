package fi.rekisteri.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.platform.security.Roles;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditPurposesTest {

  private static final Map<String, String> PURPOSES = Map.of(Roles.DPO, "supervision");

  @Test
  void givenAStatedPurpose_whenFromStated_thenItCleanedAndCut() {
    assertThat(AuditPurposes.fromStated(" invoice <run>; #42 ", Roles.DPO, PURPOSES))
        .isEqualTo("invoice run 42");
    assertThat(AuditPurposes.fromStated("x".repeat(150), null, PURPOSES)).hasSize(100);
  }

  @Test
  void givenNoStatedPurpose_whenFromStated_thenTheRolesOrOtherOrSystem() {
    assertThat(AuditPurposes.fromStated(null, Roles.DPO, PURPOSES)).isEqualTo("supervision");
    assertThat(AuditPurposes.fromStated("  ", Roles.SALES, PURPOSES)).isEqualTo("other");
    assertThat(AuditPurposes.fromStated(null, null, PURPOSES)).isEqualTo("system");
  }

  @Test
  void givenTheRealmsRoles_whenRoleOrder_thenAdminFirstDataSubjectLast() {
    assertThat(AuditPurposes.ROLE_ORDER).startsWith(Roles.ADMIN).endsWith(Roles.DATA_SUBJECT);
  }
}
