package fi.rekisteri.register.organisation;

import fi.rekisteri.register.common.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "organisation")
public class Organisation {

  @Id UUID id;
  String name;

  @Column(name = "business_id")
  String businessId;

  @Column(name = "visiting_street")
  String visitingStreet;

  @Column(name = "visiting_postal_code")
  String visitingPostalCode;

  @Column(name = "visiting_city")
  String visitingCity;

  @Column(name = "billing_street")
  String billingStreet;

  @Column(name = "billing_postal_code")
  String billingPostalCode;

  @Column(name = "billing_city")
  String billingCity;

  @Version long version;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  protected Organisation() {}

  Organisation(UUID id, OrganisationRequest request) {
    this.id = id;
    this.createdAt = Instant.now();
    apply(request);
  }

  void apply(OrganisationRequest request) {
    this.name = request.name();
    this.businessId = request.businessId();
    Address visiting = request.visitingAddress();
    this.visitingStreet = visiting == null ? null : visiting.street();
    this.visitingPostalCode = visiting == null ? null : visiting.postalCode();
    this.visitingCity = visiting == null ? null : visiting.city();
    Address billing = request.billingAddress();
    this.billingStreet = billing == null ? null : billing.street();
    this.billingPostalCode = billing == null ? null : billing.postalCode();
    this.billingCity = billing == null ? null : billing.city();
    this.updatedAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String businessId() {
    return businessId;
  }

  public long version() {
    return version;
  }

  public OrganisationView view() {
    return new OrganisationView(
        id,
        name,
        businessId,
        Address.ofNullable(visitingStreet, visitingPostalCode, visitingCity),
        Address.ofNullable(billingStreet, billingPostalCode, billingCity),
        version,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Organisation[" + id + "]";
  }
}
