package app.offers.web.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Spring MVC's handler adapter with a shortcut of the read path put first:
 * {@link DirectJsonAnswers} for {@link DirectJson} answers. Added through configuration
 * it would come after Spring's own, which would claim them first.
 */
@Component
class HandlerAdapterSetup implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {

			@Override
			public void afterPropertiesSet() {
				super.afterPropertiesSet();
				setReturnValueHandlers(first(new DirectJsonAnswers(), getReturnValueHandlers()));
			}
		};
	}

	private static <T> List<T> first(T shortcut, @Nullable List<T> springs) {
		List<T> all = new ArrayList<>();
		all.add(shortcut);
		if (springs != null) {
			all.addAll(springs);
		}
		return all;
	}

}
