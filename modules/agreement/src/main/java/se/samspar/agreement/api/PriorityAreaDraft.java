package se.samspar.agreement.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.samspar.platform.api.FreeText;

/** A priority area (prioriterat område), e.g. code VINR, "Våld i nära relation". */
public record PriorityAreaDraft(
        @NotNull @Pattern(regexp = "[A-ZÅÄÖ0-9]{2,10}", message = "{samspar.code.format}") String code,
        @NotBlank @Size(max = 200) @FreeText String name,
        @Size(max = 4000) @FreeText String description) {
}
