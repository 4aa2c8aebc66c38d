package nl.eentegeneenzaamheid.coalition.recruitment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The municipality proposes a local organisation for its coalition.
 *
 * @param kvkNumber the organisation's Chamber of Commerce number, 8 digits (optional)
 */
public record ProposePartner(
        @Schema(example = "Humanitas Assen") @NotBlank @Size(max = 200) String organisationName,
        @Schema(example = "WELFARE") @NotNull PartnerType type,
        @Schema(example = "40530621")
        @Pattern(regexp = "\\d{8}", message = "must be a KvK number of 8 digits") String kvkNumber,
        @Schema(example = "Sanne de Boer") @NotBlank @Size(max = 200) String contactName,
        @Schema(example = "s.deboer@example.nl") @NotBlank @Email @Size(max = 254) String contactEmail) {
}
