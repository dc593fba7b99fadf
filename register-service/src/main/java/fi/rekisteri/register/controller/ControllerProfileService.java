package fi.rekisteri.register.controller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.common.DomainException;
import fi.rekisteri.register.controller.ControllerEvent.ControllerProfileUpdated;
import fi.rekisteri.register.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps the controller profile and a new dated version for every change (R1, R2). */
@ApplicationScoped
public class ControllerProfileService {

  private static final UUID AGGREGATE_ID = new UUID(0, 1);

  private final EntityManager entityManager;
  private final ObjectMapper mapper;
  private final Outbox outbox;
  private final AuditLog audit;

  public ControllerProfileService(
      EntityManager entityManager, ObjectMapper mapper, Outbox outbox, AuditLog audit) {
    this.entityManager = entityManager;
    this.mapper = mapper;
    this.outbox = outbox;
    this.audit = audit;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ControllerProfileView> current() {
    ControllerProfileRecord record =
        entityManager.find(ControllerProfileRecord.class, ControllerProfileRecord.SINGLETON);
    if (record == null) {
      return Optional.empty();
    }
    ControllerProfileVersion latest = latestVersion();
    return Optional.of(
        new ControllerProfileView(
            parse(record.document), latest.number, latest.validFrom, record.version));
  }

  /** The first day of the financial year of the current profile; 1 January without one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MonthDay financialYearStart() {
    return current().map(view -> view.profile().financialYearFirstDay()).orElse(MonthDay.of(1, 1));
  }

  /** Creates the profile, or replaces it when {@code expectedVersion} matches. */
  @Transactional
  public ControllerProfileView save(ControllerProfile profile, Long expectedVersion, String note) {
    return save(profile, expectedVersion, note, false);
  }

  /**
   * As {@link #save(ControllerProfile, Long, String)}; a {@code significant} version is announced
   * by email to every eligible contact (announcement/NoticeAnnouncementJob).
   */
  @Transactional
  public ControllerProfileView save(
      ControllerProfile profile, Long expectedVersion, String note, boolean significant) {
    String document = write(profile);
    ControllerProfileRecord record =
        entityManager.find(ControllerProfileRecord.class, ControllerProfileRecord.SINGLETON);
    if (record == null) {
      entityManager.persist(new ControllerProfileRecord(document, audit.actor()));
    } else {
      if (expectedVersion == null) {
        throw DomainException.versionRequired();
      }
      if (record.version != expectedVersion) {
        throw DomainException.staleVersion();
      }
      record.replace(document, audit.actor());
    }
    int number = record == null ? 1 : latestVersion().number + 1;
    entityManager.persist(
        new ControllerProfileVersion(
            number, document, note == null ? "Profile updated" : note, audit.actor(), significant));
    outbox.publish(AGGREGATE_ID, null, new ControllerProfileUpdated(number));
    entityManager.flush();
    return current().orElseThrow();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ControllerProfileVersion.VersionView> versions() {
    return entityManager
        .createQuery(
            "from ControllerProfileVersion v order by v.number desc",
            ControllerProfileVersion.class)
        .getResultList()
        .stream()
        .map(ControllerProfileVersion::view)
        .toList();
  }

  private ControllerProfileVersion latestVersion() {
    return entityManager
        .createQuery(
            "from ControllerProfileVersion v order by v.number desc",
            ControllerProfileVersion.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  private ControllerProfile parse(String document) {
    try {
      return mapper.readValue(document, ControllerProfile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored controller profile is unreadable", e);
    }
  }

  private String write(ControllerProfile profile) {
    try {
      return mapper.writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("controller profile could not be serialised", e);
    }
  }
}
