package app.offers.offer;

/**
 * The most one offer may name of each list: beyond any bound the offer is stored
 * unreadable (never applied), whatever the page says, so no offer costs more than these
 * bounds in memory.
 *
 * @param banks distinct banks
 * @param instruments distinct payment instruments
 * @param cardNetworks distinct card networks
 * @param tenures distinct EMI tenures (months)
 */
public record OfferLimits(int banks, int instruments, int cardNetworks, int tenures) {

	/**
	 * The defaults of {@code offers.per-offer.*}, as the settings' annotations take them:
	 * several times what any real capture names.
	 */
	public static final String DEFAULT_BANKS = "500", DEFAULT_INSTRUMENTS = "32", DEFAULT_CARD_NETWORKS = "16",
			DEFAULT_TENURES = "24";

	public static final OfferLimits DEFAULTS = new OfferLimits(Integer.parseInt(DEFAULT_BANKS),
			Integer.parseInt(DEFAULT_INSTRUMENTS), Integer.parseInt(DEFAULT_CARD_NETWORKS),
			Integer.parseInt(DEFAULT_TENURES));

	public OfferLimits {
		if (banks < 1 || instruments < 1 || cardNetworks < 1 || tenures < 1) {
			throw new IllegalArgumentException("every per-offer limit must be at least 1");
		}
	}
}
