// Claim options as the pipeline should load them: the defaults plus src/reference/claim-terms.json.
import {readReference} from "../../data-loaders/settings.js";
import {DEFAULT_CLAIM_OPTIONS, withClaimTerms, type ClaimOptions, type ClaimTermsReference} from "../../src/analysis/claims/cluster.js";

export function referenceClaimOptions(overrides: Partial<ClaimOptions> = {}): ClaimOptions {
  return {...withClaimTerms(DEFAULT_CLAIM_OPTIONS, readReference<ClaimTermsReference>("claim-terms.json")), ...overrides};
}
