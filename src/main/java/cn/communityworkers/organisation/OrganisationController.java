package cn.communityworkers.organisation;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.communityworkers.organisation.OrganisationService.Saved;

/** Create-or-update and read cities, counties, streets and communities. Codes become part of Camunda group ids. */
@RestController
@RequestMapping("/api")
class OrganisationController {

    static final String CODE = "[A-Za-z0-9]{1,20}";
    static final String CODE_MESSAGE = "须为 1 至 20 个字母或数字";

    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    record CityRequest(@NotBlank @Size(max = 100) String name) {
    }

    /** A county; {@code cityCode} the city it belongs to, if any. */
    record CountyRequest(@NotBlank @Size(max = 100) String name,
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String cityCode,
            @NotNull @PositiveOrZero @Max(2_000_000_000L) Long urbanResidentPopulation,
            @DecimalMin("0.00") BigDecimal averageMonthlyWage) {
    }

    record StreetRequest(@NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String countyCode) {
    }

    record CommunityRequest(@NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String streetCode) {
    }

    @PutMapping("/cities/{cityCode}")
    ResponseEntity<City> putCity(@PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String cityCode,
            @Valid @RequestBody CityRequest request) {
        return respond(organisation.putCity(cityCode, request.name()));
    }

    @GetMapping("/cities/{cityCode}")
    City city(@PathVariable String cityCode) {
        return organisation.city(cityCode);
    }

    @PutMapping("/counties/{countyCode}")
    ResponseEntity<County> putCounty(@PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String countyCode,
            @Valid @RequestBody CountyRequest request) {
        return respond(organisation.putCounty(countyCode, request.name(), request.cityCode(),
                request.urbanResidentPopulation(), request.averageMonthlyWage()));
    }

    @GetMapping("/counties/{countyCode}")
    County county(@PathVariable String countyCode) {
        return organisation.county(countyCode);
    }

    @PutMapping("/streets/{streetCode}")
    ResponseEntity<Street> putStreet(@PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String streetCode,
            @Valid @RequestBody StreetRequest request) {
        return respond(organisation.putStreet(streetCode, request.name(), request.countyCode()));
    }

    @GetMapping("/streets/{streetCode}")
    Street street(@PathVariable String streetCode) {
        return organisation.street(streetCode);
    }

    @PutMapping("/communities/{communityCode}")
    ResponseEntity<Community> putCommunity(
            @PathVariable @Pattern(regexp = CODE, message = CODE_MESSAGE) String communityCode,
            @Valid @RequestBody CommunityRequest request) {
        return respond(organisation.putCommunity(communityCode, request.name(), request.streetCode()));
    }

    @GetMapping("/communities/{communityCode}")
    Community community(@PathVariable String communityCode) {
        return organisation.community(communityCode);
    }

    private static <T> ResponseEntity<T> respond(Saved<T> saved) {
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.unit());
    }
}
