package fi.rekisteri.rights.request;

import fi.rekisteri.rights.gdpr.RequestType;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<DataSubjectRequest, UUID> {

  List<DataSubjectRequest> page(RequestFilter filter, RequestCursor after, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (after != null) {
      query.append(
          " and (deadline.dueDate > :afterDue or (deadline.dueDate = :afterDue and id > :afterId))");
      params.put("afterDue", after.dueDate());
      params.put("afterId", after.id());
    }
    if (filter.status() != null) {
      query.append(" and status = :status");
      params.put("status", filter.status());
    }
    if (filter.type() != null) {
      query.append(" and type = :type");
      params.put("type", filter.type());
    }
    if (filter.dueBefore() != null) {
      query.append(" and deadline.dueDate < :dueBefore");
      params.put("dueBefore", filter.dueBefore());
    }
    if (filter.overdue()) {
      query.append(" and deadline.dueDate < :today and status in :open");
      params.put("today", filter.today());
      params.put("open", RequestStatus.OPEN);
    }
    if (filter.blocked()) {
      query.append(" and status in :blocked");
      params.put("blocked", RequestStatus.BLOCKED);
    }
    return find(query.toString(), Sort.by("deadline.dueDate").and("id"), params)
        .page(0, limit + 1)
        .list();
  }

  public List<DataSubjectRequest> ofEmail(String email) {
    return find(
            "lower(requester.email) = :email",
            Sort.descending("createdAt").and("id"),
            Parameters.with("email", email.toLowerCase()))
        .page(0, 200)
        .list();
  }

  /** The requests of one subject: the chosen register subject, or the same email. */
  public List<DataSubjectRequest> ofSubject(UUID subjectId, String email) {
    Parameters params = new Parameters();
    String same = sameSubject(subjectId, email, params);
    if (same == null) {
      return List.of();
    }
    return find(same, Sort.by("createdAt").and("id"), params).list();
  }

  /** Another access request by the same subject received within 12 months before this one. */
  boolean hasEarlierOfSameType(
      UUID requestId, RequestType type, UUID subjectId, String email, LocalDate receivedOn) {
    Parameters params =
        Parameters.with("id", requestId)
            .and("type", type)
            .and("withdrawn", RequestStatus.WITHDRAWN)
            .and("since", receivedOn.minusMonths(12))
            .and("receivedOn", receivedOn);
    String same = sameSubject(subjectId, email, params);
    if (same == null) {
      return false;
    }
    return count(
            "id <> :id and type = :type and status <> :withdrawn"
                + " and receivedOn > :since and receivedOn <= :receivedOn and ("
                + same
                + ")",
            params)
        > 0;
  }

  private static String sameSubject(UUID subjectId, String email, Parameters params) {
    if (subjectId != null && email != null) {
      params.and("subjectId", subjectId).and("email", email.toLowerCase());
      return "subjectMatch.subjectId = :subjectId or lower(requester.email) = :email";
    }
    if (subjectId != null) {
      params.and("subjectId", subjectId);
      return "subjectMatch.subjectId = :subjectId";
    }
    if (email != null) {
      params.and("email", email.toLowerCase());
      return "lower(requester.email) = :email";
    }
    return null;
  }

  /** Restrictions whose Art. 18(3) notice named a day that has come, not yet lifted. */
  public List<UUID> dueForLift(java.time.LocalDate today, int limit) {
    return getEntityManager()
        .createQuery(
            "select r.id from DataSubjectRequest r where r.restriction.liftOn <= :today"
                + " and r.restriction.inForce = true and r.restriction.liftedAt is null"
                + " and r.registerWait.action is null order by r.restriction.liftOn",
            UUID.class)
        .setParameter("today", today)
        .setMaxResults(limit)
        .getResultList();
  }

  public List<UUID> dueForRetry(Instant now, int limit) {
    return getEntityManager()
        .createQuery(
            "select r.id from DataSubjectRequest r where r.registerWait.action is not null"
                + " and r.registerWait.nextRetryAt <= :now and r.status <> :onHold"
                + " order by r.registerWait.nextRetryAt",
            UUID.class)
        .setParameter("now", now)
        .setParameter("onHold", RequestStatus.ON_HOLD)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Open objections to direct marketing, not yet executed, whose requester the register has not yet
   * taken off its marketing lists (R19); oldest first.
   */
  /**
   * Direct-marketing objections whose suppression at intake has not taken effect: the register was
   * down (the intake recorded that it waits), or the intake never got to try (a request older than
   * a minute without an outcome). A request still at its intake is left to it, so the register is
   * not asked twice at once.
   */
  public List<UUID> dueForMarketingSuppression(int limit) {
    return getEntityManager()
        .createQuery(
            "select r.id from DataSubjectRequest r where r.type = :type"
                + " and r.objection.kind = :kind and r.resolution.executedAt is null"
                + " and r.status in :open"
                + " and not exists (select e.id from RequestEvent e where e.request = r"
                + " and e.action in :done)"
                + " and (r.createdAt < :intakeOver or exists (select w.id from RequestEvent w"
                + " where w.request = r and w.action = :waits and w.detailNote like :suppress))"
                + " order by r.createdAt",
            UUID.class)
        .setParameter("intakeOver", Instant.now().minusSeconds(60))
        .setParameter("waits", TimelineAction.REGISTER_UNAVAILABLE)
        // the note's JSON, as the service or the V9 migration wrote it
        .setParameter("suppress", "%\"" + TimelineNote.Code.SUPPRESS_MARKETING + "\"%")
        .setParameter("type", RequestType.OBJECTION)
        .setParameter("kind", ObjectionKind.DIRECT_MARKETING)
        .setParameter(
            "open", Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen).toList())
        .setParameter(
            "done",
            List.of(TimelineAction.MARKETING_SUPPRESSED, TimelineAction.MARKETING_UNMATCHED))
        .setMaxResults(limit)
        .getResultList();
  }

  public List<UUID> awaitingConfirmation(int limit) {
    return getEntityManager()
        .createQuery(
            "select r.id from DataSubjectRequest r where r.resolution.awaitingConfirmation = true"
                + " and r.status in :working order by r.updatedAt",
            UUID.class)
        .setParameter("working", List.of(RequestStatus.IN_PROGRESS, RequestStatus.EXTENDED))
        .setMaxResults(limit)
        .getResultList();
  }

  /** The recipient notifications of a request still to be confirmed (GDPR Art. 19). */
  public long openNotifications(UUID requestId) {
    return ((Number)
            getEntityManager()
                .createNativeQuery(
                    "SELECT count(*) FROM notification_task WHERE request_id = :id"
                        + " AND status = 'OPEN'")
                .setParameter("id", requestId)
                .getSingleResult())
        .longValue();
  }

  Figures figures(LocalDate today) {
    Object[] counts =
        (Object[])
            getEntityManager()
                .createNativeQuery(
                    "SELECT count(*) FILTER (WHERE status IN (:open)),"
                        + " count(*) FILTER (WHERE status IN (:open) AND due_date >= :today"
                        + "   AND due_date <= :in7),"
                        + " count(*) FILTER (WHERE status IN (:open) AND due_date < :today),"
                        + " count(*) FILTER (WHERE status = 'WAITING_FOR_REGISTER'),"
                        + " count(*) FILTER (WHERE status = 'ON_HOLD'),"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY"
                        + "   ((closed_at AT TIME ZONE 'Europe/Helsinki')::date - received_on))"
                        + "   FILTER (WHERE status IN (:answered)),"
                        + " avg(CASE WHEN (closed_at AT TIME ZONE 'Europe/Helsinki')::date <= due_date"
                        + "   THEN 1.0 ELSE 0.0 END) FILTER (WHERE status IN (:answered))"
                        + " FROM data_subject_request")
                .setParameter("open", RequestStatus.OPEN.stream().map(Enum::name).toList())
                .setParameter("answered", RequestStatus.ANSWERED.stream().map(Enum::name).toList())
                .setParameter("today", today)
                .setParameter("in7", today.plusDays(7))
                .getSingleResult();
    return new Figures(
        ((Number) counts[0]).longValue(),
        ((Number) counts[1]).longValue(),
        ((Number) counts[2]).longValue(),
        ((Number) counts[3]).longValue(),
        ((Number) counts[4]).longValue(),
        counts[5] == null ? null : ((Number) counts[5]).doubleValue(),
        counts[6] == null ? null : round(((Number) counts[6]).doubleValue()));
  }

  private static double round(double share) {
    return Math.round(share * 1000.0) / 1000.0;
  }
}
