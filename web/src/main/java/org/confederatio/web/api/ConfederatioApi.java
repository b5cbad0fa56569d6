package org.confederatio.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Every resource of the API lives under {@code /api} and needs HTTP Basic authentication. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Confederatio API",
            version = "0.1",
            description =
                "Fiscal designation, voter rolls and subsidiarity review for autonomous cantons. "
                    + "Every error is an RFC 9457 application/problem+json document."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ConfederatioApi extends Application {}
