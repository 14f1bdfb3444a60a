package app.offers.web.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * The service's JSON bodies are records Jackson writes whole: every component is sent,
 * null or not. So every property is required, and only a component marked
 * {@code @Nullable} may be null ({@code type: [string, null]}): a generated client then
 * types {@code paymentInstrument: string | null} instead of an optional field it has to
 * guess about. A raw {@link JsonNode} is any JSON, not the node class's getters.
 */
final class RecordSchemas implements ModelConverter {

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
		Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
		if (JsonNode.class.isAssignableFrom(raw)) {
			return new JsonSchema();
		}
		Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
		if (schema == null || !raw.isRecord() || !raw.getPackageName().startsWith("app.offers")) {
			return schema;
		}
		// a record resolved as a reference is defined in the context under its name
		Schema model = schema.get$ref() == null ? schema
				: context.getDefinedModels().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
		Map<String, Schema> properties = model == null ? null : model.getProperties();
		if (properties == null) {
			return schema;
		}
		List<String> required = new ArrayList<>();
		for (RecordComponent component : raw.getRecordComponents()) {
			Schema property = properties.get(component.getName());
			if (property == null) {
				continue;
			}
			required.add(component.getName());
			if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
				properties.put(component.getName(), nullable(property));
			}
		}
		model.setRequired(required);
		return schema;
	}

	@SuppressWarnings("rawtypes")
	private static Schema nullable(Schema property) {
		if (property.get$ref() != null) {
			return new JsonSchema().anyOf(List.of(property, new JsonSchema().typesItem("null")));
		}
		property.addType("null");
		return property;
	}

}
