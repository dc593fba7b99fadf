package fi.rekisteri.register.common;

import io.quarkus.security.PermissionsAllowed;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only the rights service's machine account may call this: a token issued to the client {@code
 * rekisteri.internal.client-id} (client credentials) that holds the realm role rights-processor. A
 * user token is refused with 403 whatever roles it holds. Put it on every resource under {@code
 * /api/v1/internal/**}; {@link InternalCallerCheck} decides.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PermissionsAllowed(InternalCallerCheck.PERMISSION)
public @interface InternalCaller {}
