package org.apparatus.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.graphql.support.DefaultGraphQlRequest;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP as its specification says, on top of Spring for GraphQL (which
 * already answers {@code application/graphql-response+json} with 400 when a document does
 * not parse or validate): queries also by GET ({@code query}, {@code operationName},
 * {@code variables} and {@code extensions} as URL parameters; a mutation by GET is 405),
 * and a request that is not a GraphQL request answered in GraphQL's shape, an
 * {@code errors} list with {@code extensions.classification}, instead of Spring's error
 * page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlOverHttp {

	/** Serves POST as Spring Boot would, and GET (Spring Boot answers GET with 405). */
	@Bean
	GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler, JsonMapper json) {
		return new QueriesByGet(handler, json);
	}

	/**
	 * GET and POST of the GraphQL path, before Spring Boot's routes (which stay for
	 * subscriptions over server-sent events).
	 */
	@Bean
	@Order(0)
	RouterFunction<ServerResponse> graphQlOverHttpRoutes(GraphQlHttpHandler handler, GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		QueriesByGet queries = (QueriesByGet) handler;
		return RouterFunctions.route()
			.GET(path, queries::handleGet)
			.route(RequestPredicates.POST(path).and(GraphQlRequestPredicates.graphQlSse(path).negate()),
					queries::handleRequest)
			.onError(exception -> true, GraphQlOverHttp::errorResponse)
			.build();
	}

	/**
	 * A request refused before it reached GraphQL (not a GraphQL request, a method or
	 * media type not served), in GraphQL's shape.
	 */
	static ServerResponse errorResponse(Throwable exception, ServerRequest request) {
		HttpStatusCode status = exception instanceof ErrorResponse response ? response.getStatusCode()
				: HttpStatus.BAD_REQUEST;
		String message = switch (status.value()) {
			case 405 -> "GraphQL takes a POST, or a GET for a query";
			case 406 -> "the answer is application/graphql-response+json or application/json";
			case 415 -> "the request body must be application/json";
			default -> "not a GraphQL request: a JSON object with a \"query\" string, and optionally "
					+ "\"operationName\", \"variables\" and \"extensions\"";
		};
		if (exception instanceof ErrorResponse response && response.getBody().getDetail() != null
				&& status.value() == 400) {
			message += " (" + response.getBody().getDetail() + ")";
		}
		return error(request, status, ErrorType.BAD_REQUEST, message);
	}

	static ServerResponse error(ServerRequest request, HttpStatusCode status, ErrorType classification,
			String message) {
		return ServerResponse.status(status)
			.contentType(errorMediaType(request.headers().accept()))
			.body(body(classification, message));
	}

	/** GraphQL's shape of an error outside execution: one error in {@code errors}. */
	static Map<String, Object> body(ErrorType classification, String message) {
		return Map.of("errors",
				List.of(Map.of("message", message, "extensions", Map.of("classification", classification.name()))));
	}

	/**
	 * {@code application/graphql-response+json} if the client names it, else
	 * {@code application/json}.
	 */
	static MediaType errorMediaType(List<MediaType> accepted) {
		return accepted.stream()
			.anyMatch(type -> type.isCompatibleWith(MediaTypes.APPLICATION_GRAPHQL_RESPONSE) && !type.isWildcardType()
					&& !type.isWildcardSubtype()) ? MediaTypes.APPLICATION_GRAPHQL_RESPONSE
							: MediaType.APPLICATION_JSON;
	}

	/** Spring for GraphQL's handler, with GET for queries. */
	static final class QueriesByGet extends GraphQlHttpHandler {

		private final WebGraphQlHandler handler;

		private final JsonMapper json;

		QueriesByGet(WebGraphQlHandler handler, JsonMapper json) {
			super(handler);
			this.handler = handler;
			this.json = json;
		}

		ServerResponse handleGet(ServerRequest request) throws ServletException {
			Optional<String> query = request.param("query");
			if (query.isEmpty() || query.get().isBlank()) {
				return error(request, HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST,
						"a GET request carries its document in the URL parameter \"query\"");
			}
			String operationName = request.param("operationName").filter(name -> !name.isEmpty()).orElse(null);
			if (isMutation(query.get(), operationName)) {
				return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
					.allow(HttpMethod.POST)
					.contentType(errorMediaType(request.headers().accept()))
					.body(body(ErrorType.BAD_REQUEST, "a mutation needs POST; GET is for queries"));
			}
			Map<String, Object> variables;
			Map<String, Object> extensions;
			try {
				variables = jsonObject(request, "variables");
				extensions = jsonObject(request, "extensions");
			}
			catch (JacksonException ex) {
				return error(request, HttpStatus.BAD_REQUEST, ErrorType.BAD_REQUEST,
						"\"variables\" and \"extensions\" must be JSON objects");
			}
			MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
			request.cookies()
				.forEach((name, values) -> values
					.forEach(cookie -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
			WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
					cookies, request.remoteAddress().orElse(null), request.attributes(),
					new DefaultGraphQlRequest(query.get(), operationName, variables, extensions),
					UUID.randomUUID().toString(), LocaleContextHolder.getLocale());
			return prepareResponse(request, this.handler.handleRequest(graphQlRequest));
		}

		@SuppressWarnings("unchecked")
		private @Nullable Map<String, Object> jsonObject(ServerRequest request, String name) {
			Optional<String> value = request.param(name).filter(text -> !text.isBlank());
			return value.isEmpty() ? null : this.json.readValue(value.get(), Map.class);
		}

		/**
		 * Whether the operation to run is a mutation (or subscription); a document that
		 * does not parse is left to GraphQL, which says where.
		 */
		private static boolean isMutation(String query, @Nullable String operationName) {
			Document document;
			try {
				document = Parser.parse(query);
			}
			catch (InvalidSyntaxException ex) {
				return false;
			}
			List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
			return operations.stream()
				.filter(operation -> operationName == null ? operations.size() == 1
						: operationName.equals(operation.getName()))
				.anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
		}

	}

}
