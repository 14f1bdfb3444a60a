package app.offers.offer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an offer's text limits it to some products ("Flat ₹1000 off on select Samsung
 * appliances", "on select models"). A discount query names no product, and the service
 * keeps offers from many carts, so such an offer says nothing about the cart being asked
 * about: answers leave it out unless asked to include it. "On select cards" or "selected
 * Bank TRNX" limit the payment, not the products, and do not count.
 */
public final class ProductScope {

	private static final Pattern SELECT_PRODUCTS = Pattern.compile("\\bon\\s+select(?:ed)?\\s+"
			+ "(?!(?:bank|credit|debit|cards?|trnx|txns?|transactions?)\\b)(?:[\\p{L}\\d&'.-]+\\s+){0,3}?"
			+ "(?:appliances?|models?|products?|brands?|phones?|mobiles?|smartphones?|laptops?|tvs?|televisions?"
			+ "|items?|categories|devices?|variants?|styles?|skus?)\\b", Pattern.CASE_INSENSITIVE);

	private ProductScope() {
	}

	public static boolean limitsProducts(String text) {
		return text.toLowerCase(Locale.ROOT).contains("select") && SELECT_PRODUCTS.matcher(text).find();
	}

}
