package app.offers.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Real captures as a careless scraper or an attacker would post them: structured values
 * replaced by corrupt ones, corrupt tokens added to texts, offers shown again (some of
 * them corrupted) and every list shuffled. Nothing here may make the service promise more
 * than the capture itself.
 */
public final class MutatedCaptures {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/**
	 * Fields that say which offer an object is: corrupting them makes another offer, not
	 * a wider one.
	 */
	private static final Set<String> IDENTITY = Set.of("adjustment_id", "id", "offerId", "offer_id", "offerCode");

	/** Tokens any of which makes a text unreadable. */
	static final String[] CORRUPT_TOKENS = { "₹5 000", "₹1,0,00", "₹-500", "1050%", "up to ₹", "१०% off",
			"₹99999999999999", "valid till 31st Feb 2026", "valid till 31st Dce 2025", "10.125%", "₹1e13",
			"Max. Discount ₹", "₹500,50", "₹1.500 off", "-10% off", "valid till 12/31/2025" };

	private MutatedCaptures() {
	}

	/** Values a structured field may be replaced by. */
	static JsonNode corruptValue(Random r) {
		return switch (r.nextInt(14)) {
			case 0 -> NODES.numberNode(-1);
			case 1 -> NODES.numberNode(new BigDecimal("1e400"));
			case 2 -> NODES.numberNode(new BigDecimal("0.005"));
			case 3 -> NODES.numberNode(Long.MAX_VALUE);
			case 4 -> NODES.stringNode("NaN");
			case 5 -> NODES.stringNode("₹1,0,00");
			case 6 -> NODES.stringNode("twelve");
			case 7 -> NODES.stringNode("१२");
			case 8 -> NODES.objectNode().put("x", 1);
			case 9 -> NODES.booleanNode(true);
			case 10 -> NODES.stringNode("");
			case 11 -> NODES.stringNode("###");
			case 12 -> NODES.arrayNode().add(NODES.objectNode());
			default -> NODES.stringNode("2025-02-31");
		};
	}

	/**
	 * A copy of the capture with up to three values corrupted, some offers shown again,
	 * every list shuffled.
	 */
	public static JsonNode mutate(JsonNode capture, Random r) {
		JsonNode copy = capture.deepCopy();
		List<Slot> slots = new ArrayList<>();
		List<ObjectNode> offers = new ArrayList<>();
		collect(copy, null, slots, offers, 0);
		int corruptions = slots.isEmpty() ? 0 : 1 + r.nextInt(3);
		for (int i = 0; i < corruptions; i++) {
			corrupt(slots.get(r.nextInt(slots.size())), r);
		}
		if (!offers.isEmpty() && copy.isObject()) {
			ArrayNode again = ((ObjectNode) copy).putArray("shownAgain");
			for (int i = 0; i < 1 + r.nextInt(3); i++) {
				ObjectNode offer = offers.get(r.nextInt(offers.size())).deepCopy();
				if (r.nextBoolean()) {
					List<Slot> inner = new ArrayList<>();
					collect(offer, null, inner, new ArrayList<>(), 0);
					if (!inner.isEmpty()) {
						corrupt(inner.get(r.nextInt(inner.size())), r);
					}
				}
				again.add(offer);
			}
		}
		shuffle(copy, r, 0);
		return copy;
	}

	/** A value and where it sits: a field of an object or an element of an array. */
	private record Slot(JsonNode parent, String field, int index) {

		JsonNode value() {
			return parent instanceof ObjectNode o ? o.get(field) : parent.get(index);
		}

		void set(JsonNode value) {
			if (parent instanceof ObjectNode o) {
				o.set(field, value);
			}
			else {
				((ArrayNode) parent).set(index, value);
			}
		}
	}

	private static void collect(JsonNode node, Slot at, List<Slot> slots, List<ObjectNode> offers, int depth) {
		if (depth > 60) {
			return;
		}
		if (node instanceof ObjectNode object) {
			if (object.has("adjustment_id") || object.path("offerDescription").has("id")
					|| object.path("offerFooter").path("tncInfo").has("id")) {
				offers.add(object);
			}
			for (String field : object.propertyNames()) {
				JsonNode child = object.get(field);
				if (IDENTITY.contains(field)) {
					continue;
				}
				Slot slot = new Slot(object, field, -1);
				if (!child.isContainer() || isListOfValues(child)) {
					slots.add(slot);
				}
				collect(child, slot, slots, offers, depth + 1);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				JsonNode child = array.get(i);
				if (!child.isContainer()) {
					slots.add(new Slot(array, "", i));
				}
				collect(child, new Slot(array, "", i), slots, offers, depth + 1);
			}
		}
	}

	private static boolean isListOfValues(JsonNode node) {
		if (!node.isArray()) {
			return false;
		}
		for (JsonNode element : node.values()) {
			if (element.isContainer()) {
				return false;
			}
		}
		return true;
	}

	private static void corrupt(Slot slot, Random r) {
		JsonNode value = slot.value();
		if (value != null && value.isString() && value.asString().length() > 12) {
			// a text: a corrupt token beside what it says, or a value that is no text at
			// all (another text in its
			// place is another offer, not a corrupt one)
			JsonNode corrupt = corruptValue(r);
			slot.set(r.nextBoolean() || (corrupt.isString() && !corrupt.asString().isEmpty())
					? NODES.stringNode(value.asString() + " " + CORRUPT_TOKENS[r.nextInt(CORRUPT_TOKENS.length)])
					: corrupt);
		}
		else {
			slot.set(corruptValue(r));
		}
	}

	private static void shuffle(JsonNode node, Random r, int depth) {
		if (depth > 60) {
			return;
		}
		if (node instanceof ArrayNode array) {
			List<JsonNode> elements = new ArrayList<>();
			array.values().forEach(elements::add);
			java.util.Collections.shuffle(elements, r);
			array.removeAll();
			elements.forEach(array::add);
		}
		for (JsonNode child : node.values()) {
			shuffle(child, r, depth + 1);
		}
	}

}
