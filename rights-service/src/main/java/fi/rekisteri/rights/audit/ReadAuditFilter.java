package fi.rekisteri.rights.audit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.UUID;

/**
 * Audits every successful answer of an endpoint marked {@link AuditedRead}, before its body is
 * sent: when the entry cannot be written, the caller gets an error instead of the data.
 */
@Provider
public class ReadAuditFilter implements ContainerResponseFilter {

  @Context ResourceInfo resource;

  private final AuditLog audit;

  public ReadAuditFilter(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Method method = resource == null ? null : resource.getResourceMethod();
    AuditedRead read = method == null ? null : method.getAnnotation(AuditedRead.class);
    if (read == null || response.getStatus() / 100 != 2) {
      return;
    }
    String id = request.getUriInfo().getPathParameters().getFirst("id");
    if (id == null || read.id() == AuditedRead.IdKind.NONE) {
      audit.record(null, AuditLog.READ, read.value());
    } else if (read.id() == AuditedRead.IdKind.SUBJECT) {
      audit.record(UUID.fromString(id), AuditLog.READ, read.value());
    } else {
      audit.recordRequestRead(UUID.fromString(id), read.value());
    }
  }
}
