package app.offers.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import app.offers.offer.ClientText;
import app.offers.offer.OfferWrites.Withdrawal;
import app.offers.web.openapi.ApiDocs;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** DELETE /offers/{id}: withdraws one offer. */
@RestController
@Tag(name = "offers")
class WithdrawalController {

	private final OfferWithdrawal withdrawal;

	WithdrawalController(OfferWithdrawal withdrawal) {
		this.withdrawal = withdrawal;
	}

	@Operation(operationId = "withdrawOffer", summary = "Withdraw one offer",
			description = "Discount answers stop applying the offer at once; GET /offers shows it as withdrawn. "
					+ "Idempotent: withdrawing a withdrawn offer answers 204 again. A later post of the offer with "
					+ "the same terms leaves it withdrawn; a post that changes its terms makes it active again.",
			security = @SecurityRequirement(name = ApiDocs.API_KEY),
			parameters = @Parameter(name = "id",
					description = "The offer's id: Flipkart's, or a fingerprint for " + "offers without one",
					example = "FPO250619134128USHPF"))
	@ApiResponse(responseCode = "204", description = "The offer is withdrawn (now or already before)")
	@ApiResponse(responseCode = "401", description = "The service has a key; X-API-Key is missing, wrong or repeated")
	@ApiResponse(responseCode = "404", description = "No offer with that id is stored")
	@ApiResponse(responseCode = "503",
			description = "The offer store is unavailable "
					+ "(store-unavailable: nothing changed) or failed while committing (outcome-unknown: it may be "
					+ "withdrawn; a second DELETE is safe); retry after Retry-After seconds")
	@DeleteMapping("/offers/{id}")
	ResponseEntity<Void> withdraw(@PathVariable String id) {
		if (withdrawal.withdraw(id) == Withdrawal.NOT_FOUND) {
			throw new ErrorResponseException(HttpStatus.NOT_FOUND,
					Problems.detail(ProblemType.NOT_FOUND, 404, "No offer with id \""
							+ ClientText.forLog(ClientText.cut(id, 80)) + "\" is stored; GET /offers lists them."),
					null);
		}
		return ResponseEntity.noContent().build();
	}

}
