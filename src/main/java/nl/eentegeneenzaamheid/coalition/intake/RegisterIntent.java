package nl.eentegeneenzaamheid.coalition.intake;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A municipality declares its intent to build a local coalition against loneliness. The same command arrives as the
 * body of {@code POST /api/v1/intents} and as the data of a {@code register-intent} Kafka command.
 *
 * @param municipalityCode      the CBS code of the municipality, for example GM0106 (Assen)
 * @param alderman              the alderman (wethouder) responsible
 * @param contact               the official the programme deals with day to day
 * @param inCollegeProgramme    whether tackling loneliness is in the college programme (collegeprogramma)
 * @param motivation            why the municipality joins, in its own words
 */
public record RegisterIntent(
        @Schema(example = "GM0106")
        @NotBlank @Pattern(regexp = "GM\\d{4}", message = "must be GM followed by four digits, for example GM0106")
        String municipalityCode,
        @NotNull @Valid Person alderman,
        @NotNull @Valid Person contact,
        @NotNull Boolean inCollegeProgramme,
        @NotBlank @Size(max = 4000) String motivation) {

    /**
     * @param name  full name
     * @param email e-mail address
     * @param phone telephone number (optional)
     */
    public record Person(
            @Schema(example = "Jan Broekema") @NotBlank @Size(max = 200) String name,
            @Schema(example = "j.broekema@assen.nl") @NotBlank @Email @Size(max = 254) String email,
            @Schema(example = "0592 366 911")
            @Pattern(regexp = "[+0-9 ()-]{6,20}", message = "must be a telephone number of 6 to 20 digits, spaces, +, - or ()")
            String phone) {
    }
}
