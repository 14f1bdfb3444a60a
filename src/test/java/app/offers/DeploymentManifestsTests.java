package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlProcessor;
import org.springframework.boot.actuate.autoconfigure.endpoint.web.WebEndpointProperties;
import org.springframework.boot.actuate.info.GitInfoContributor;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoPropertiesInfoContributor;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.boot.info.GitProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment a platform team applies (deploy/k8s, compose.yaml, the Dockerfile),
 * checked against the application it deploys: every Kubernetes manifest read into the
 * Kubernetes API's own types (fabric8's model, docs/decisions/0007), and every port,
 * health path, setting and timing compared with what the service's application.yml says,
 * read through Spring's own configuration loading and binding rather than written here a
 * second time.
 */
class DeploymentManifestsTests {

	static final Path K8S = Path.of("deploy", "k8s");

	static final Path COMPOSE = Path.of("compose.yaml");

	static final Path DOCKERFILE = Path.of("Dockerfile");

	static final Path APPLICATION_YAML_DIR = Path.of("src", "main", "resources");

	/** Starts the packaged service outside Docker the way the image does. */
	static final Path START_SCRIPT = Path.of("bench", "start.sh");

	/**
	 * The slowest start measured from launch to readiness UP (java -jar on a 2-core
	 * machine shared with other builds; the figures are in the Dockerfile and
	 * deployment.yaml). Each start-up allowance must cover twice this.
	 */
	static final Duration SLOWEST_MEASURED_START = Duration.ofSeconds(75);

	/** Read by the JVM itself, not by the application's configuration. */
	static final Set<String> READ_BY_THE_JVM = Set.of("JAVA_TOOL_OPTIONS");

	/** Spring Boot's own default when server.port is not set. */
	static final int SPRING_BOOT_DEFAULT_PORT = 8080;

	static final ObjectMapper JSON = new ObjectMapper();

	static Map<Path, List<KubernetesResource>> manifests;

	static Deployment deployment;

	static Container container;

	static Secret exampleSecret;

	static StandardEnvironment environment;

	static Binder binder;

	@BeforeAll
	static void readTheManifestsAndTheApplicationsConfiguration() throws IOException {
		manifests = new TreeMap<>();
		for (Path file : yamlFiles(K8S)) {
			if (!isKustomization(file)) {
				List<KubernetesResource> resources = new ArrayList<>();
				for (Object document : loadAll(file)) {
					resources.add(JSON.convertValue(document, KubernetesResource.class));
				}
				manifests.put(file, resources);
			}
		}
		deployment = only(Deployment.class);
		container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
		exampleSecret = only(Secret.class);
		environment = applicationEnvironment(profilesTheDeploymentActivates());
		binder = Binder.get(environment);
	}

	@Test
	void everyManifestIsAKindTheKubernetesApiKnowsWithNoFieldItDoesNot() {
		assertThat(manifests).isNotEmpty();
		manifests.forEach((file, resources) -> {
			assertThat(resources).as(file.toString()).isNotEmpty().allSatisfy(resource -> {
				assertThat(resource).as(file + ": a kind of the model, not a generic resource")
					.isInstanceOf(HasMetadata.class)
					.isNotInstanceOf(GenericKubernetesResource.class);
				List<String> unknown = new ArrayList<>();
				fieldsTheApiDoesNotKnow(resource, ((HasMetadata) resource).getKind(), unknown);
				assertThat(unknown).as(file + ": fields the Kubernetes API does not have (misspelt?)").isEmpty();
			});
		});
		assertThat(manifests.values().stream().flatMap(List::stream).map(Object::getClass).toList()).contains(
				Deployment.class, Service.class, PodDisruptionBudget.class, HorizontalPodAutoscaler.class,
				Secret.class);
	}

	@Test
	void theKustomizationListsEveryManifestButTheExampleSecret() throws IOException {
		Map<String, Object> kustomization = load(K8S.resolve("kustomization.yaml"));
		assertThat(kustomization).containsEntry("kind", "Kustomization");
		Set<String> expected = manifests.keySet()
			.stream()
			.map(file -> file.getFileName().toString())
			.filter(name -> !name.contains(".example."))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(new TreeSet<>(strings(kustomization.get("resources")))).isEqualTo(expected);
		assertThat(manifests.keySet()).anySatisfy(file -> assertThat(file.toString()).endsWith("secret.example.yaml"));
		// the image it names is the Deployment's
		assertThat(maps(kustomization.get("images"))).extracting(image -> image.get("name"))
			.containsExactly(container.getImage());
	}

	@Test
	void probesAskTheApplicationsHealthGroupsOnItsManagementPort() {
		assertThat(binder.bind("management.endpoint.health.probes.enabled", Boolean.class).orElse(false))
			.as("the liveness and readiness groups exist only with probes enabled")
			.isTrue();
		int port = containerPort(container.getStartupProbe().getHttpGet().getPort());
		assertThat(containerPort(container.getLivenessProbe().getHttpGet().getPort())).isEqualTo(port);
		assertThat(containerPort(container.getReadinessProbe().getHttpGet().getPort())).isEqualTo(port);
		assertThat(port).isEqualTo(managementPort());
		assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo(healthPath("liveness"));
		assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo(healthPath("liveness"));
		assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo(healthPath("readiness"));
		// the Service sends to the application's own port
		Service service = only(Service.class);
		assertThat(service.getSpec().getPorts()).singleElement()
			.satisfies(servicePort -> assertThat(containerPort(servicePort.getTargetPort())).isEqualTo(serverPort()));
		// a scraper finds the metrics where the application serves them
		Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
		assertThat(annotations).containsEntry("prometheus.io/path", endpointPath("prometheus"))
			.containsEntry("prometheus.io/port", String.valueOf(managementPort()));
		assertThat(binder.bind("management.endpoints.web.exposure.include", String[].class).get()).contains("health",
				"prometheus");
	}

	@Test
	void theStartupProbeWaitsLongEnoughForAMeasuredStart() {
		Probe startup = container.getStartupProbe();
		Duration allowance = Duration.ofSeconds((long) orZero(startup.getInitialDelaySeconds())
				+ (long) startup.getPeriodSeconds() * startup.getFailureThreshold());
		assertThat(allowance).isGreaterThanOrEqualTo(SLOWEST_MEASURED_START.multipliedBy(2));
		// liveness and readiness start only after the startup probe has passed
		assertThat(orZero(container.getLivenessProbe().getInitialDelaySeconds())).isZero();
	}

	@Test
	void shutdownLetsInFlightRequestsFinishBeforeTheKill() {
		assertThat(binder.bind("server.shutdown", String.class).get()).isEqualTo("graceful");
		Duration shutdownPhase = binder.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class).get();
		List<String> preStop = container.getLifecycle().getPreStop().getExec().getCommand();
		assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
		Duration pause = Duration.ofSeconds(Long.parseLong(preStop.get(1)));
		Duration grace = Duration
			.ofSeconds(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds());
		assertThat(grace).isGreaterThan(pause.plus(shutdownPhase));
	}

	@Test
	void everyEnvironmentVariableTheDeploymentSetsIsOneTheApplicationReads() throws IOException {
		ConfigurationKeys keys = ConfigurationKeys.read();
		List<String> names = container.getEnv().stream().map(EnvVar::getName).toList();
		assertThat(names).contains("SPRING_PROFILES_ACTIVE", "OFFERS_API_KEY", "OFFERS_DB_PASSWORD")
			.allSatisfy(name -> assertThat(keys.readsEnvironmentVariable(name))
				.as("%s is read by the application (a placeholder in application*.yml or a property by relaxed binding)",
						name)
				.isTrue());
		// the check itself tells a misspelt name from a right one
		assertThat(keys.readsEnvironmentVariable("OFFERS_API_KYE")).isFalse();
		assertThat(keys.readsEnvironmentVariable("OFFERS_DB_PASS")).isFalse();
		assertThat(keys.readsEnvironmentVariable("OFFERS_MAX_BODY_SIZE")).isTrue();
		assertThat(keys.readsEnvironmentVariable("LOGGING_STRUCTURED_FORMAT_CONSOLE")).isTrue();
		// the profile it activates is one application.yml defines
		assertThat(keys.profiles).containsAll(profilesTheDeploymentActivates());
		// the JVM sizes its heap from the container's memory limit
		assertThat(envValue("JAVA_TOOL_OPTIONS")).contains("-XX:MaxRAMPercentage=");
	}

	@Test
	void theSecretsItReadsAreKeysOfTheExampleSecret() {
		Set<String> exampleKeys = new TreeSet<>();
		if (exampleSecret.getStringData() != null) {
			exampleKeys.addAll(exampleSecret.getStringData().keySet());
		}
		if (exampleSecret.getData() != null) {
			exampleKeys.addAll(exampleSecret.getData().keySet());
		}
		List<SecretKeySelector> references = container.getEnv()
			.stream()
			.filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
			.map(env -> env.getValueFrom().getSecretKeyRef())
			.toList();
		assertThat(references).hasSize(2).allSatisfy(reference -> {
			assertThat(reference.getName()).isEqualTo(exampleSecret.getMetadata().getName());
			assertThat(reference.getKey()).isIn(exampleKeys);
		});
		// the key and the password never stand in the Deployment itself
		assertThat(container.getEnv())
			.filteredOn(env -> Set.of("OFFERS_API_KEY", "OFFERS_DB_PASSWORD").contains(env.getName()))
			.allSatisfy(env -> assertThat(env.getValue()).isNull());
	}

	@Test
	void theServiceTheBudgetAndTheAutoscalerSelectTheDeploymentsPods() {
		Map<String, String> selector = deployment.getSpec().getSelector().getMatchLabels();
		Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		assertThat(selector).isNotEmpty();
		assertThat(podLabels).containsAllEntriesOf(selector);
		assertThat(only(Service.class).getSpec().getSelector()).isEqualTo(selector);
		PodDisruptionBudget budget = only(PodDisruptionBudget.class);
		assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(selector);
		HorizontalPodAutoscaler autoscaler = only(HorizontalPodAutoscaler.class);
		assertThat(autoscaler.getApiVersion()).isEqualTo("autoscaling/v2");
		assertThat(autoscaler.getSpec().getScaleTargetRef()).satisfies(target -> {
			assertThat(target.getApiVersion()).isEqualTo(deployment.getApiVersion());
			assertThat(target.getKind()).isEqualTo(deployment.getKind());
			assertThat(target.getName()).isEqualTo(deployment.getMetadata().getName());
		});
		assertThat(autoscaler.getSpec().getMetrics()).singleElement()
			.satisfies(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
		// utilization is a share of the request, so there must be one; the budget leaves
		// a pod when the autoscaler is at its least
		assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThan(budget.getSpec().getMinAvailable().getIntVal());
	}

	@Test
	void thePodRunsAsTheImagesUserOnAReadOnlyRootWithAWritableTmp() throws IOException {
		PodSpec pod = deployment.getSpec().getTemplate().getSpec();
		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		Matcher user = Pattern.compile("(?m)^USER (\\d+)").matcher(Files.readString(DOCKERFILE));
		assertThat(user.find()).as("the Dockerfile names its user by number").isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(Long.parseLong(user.group(1)));
		assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		VolumeMount tmp = container.getVolumeMounts()
			.stream()
			.filter(mount -> mount.getMountPath().equals("/tmp"))
			.findFirst()
			.orElseThrow();
		assertThat(pod.getVolumes()).filteredOn(volume -> volume.getName().equals(tmp.getName()))
			.extracting(Volume::getEmptyDir)
			.singleElement()
			.isNotNull();
		// requests equal limits for memory: the heap is a share of the limit
		Quantity memory = container.getResources().getLimits().get("memory");
		assertThat(container.getResources().getRequests().get("memory")).isEqualTo(memory);
		assertThat(Quantity.getAmountInBytes(memory).longValue()).isBetween(512L << 20, 2048L << 20);
	}

	@Test
	void composeRunsTheSameSettingsAndWaitsForReadiness() throws IOException {
		Map<String, Object> compose = load(COMPOSE);
		Map<String, Object> services = map(compose.get("services"));
		Map<String, Object> offers = map(services.get("offers"));
		Map<String, Object> postgres = map(services.get("postgres"));
		Map<String, Object> variables = map(offers.get("environment"));
		// the same variables as the Deployment (the image sets JAVA_TOOL_OPTIONS itself)
		Set<String> deploymentNames = container.getEnv()
			.stream()
			.map(EnvVar::getName)
			.filter(name -> !READ_BY_THE_JVM.contains(name))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(new TreeSet<>(variables.keySet())).isEqualTo(deploymentNames);
		assertThat(variables).containsEntry("SPRING_PROFILES_ACTIVE", envValue("SPRING_PROFILES_ACTIVE"));
		// the secrets come from the caller's environment, required
		assertThat(String.valueOf(variables.get("OFFERS_API_KEY"))).startsWith("${OFFERS_API_KEY:?");
		assertThat(String.valueOf(variables.get("OFFERS_DB_PASSWORD"))).startsWith("${OFFERS_DB_PASSWORD:?");
		// the service's healthcheck asks readiness on the application's port
		String check = String.join(" ", strings(map(offers.get("healthcheck")).get("test")));
		assertThat(check).contains("/" + managementPort() + " ")
			.contains("GET " + healthPath("readiness") + " ")
			.contains("= 200");
		assertThat(durationOf(map(offers.get("healthcheck")).get("start_period")))
			.isGreaterThanOrEqualTo(SLOWEST_MEASURED_START.multipliedBy(2));
		assertThat(strings(offers.get("ports"))).singleElement()
			.satisfies(mapping -> assertThat(mapping).endsWith(":" + serverPort()));
		assertThat(map(map(offers.get("depends_on")).get("postgres"))).containsEntry("condition", "service_healthy");
		assertThat(postgres.get("image")).isEqualTo("postgres:15");
		assertThat(postgres).containsKey("healthcheck");
		// the database's data in a named volume
		String volume = strings(postgres.get("volumes")).get(0).split(":")[0];
		assertThat(map(compose.get("volumes"))).containsKey(volume);
		// docker stop waits for the graceful shutdown
		assertThat(durationOf(offers.get("stop_grace_period")))
			.isGreaterThan(binder.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class).get());
	}

	@Test
	void theImagesHealthcheckAsksLivenessOnTheApplicationsPortAfterAMeasuredStart() throws IOException {
		String dockerfile = Files.readString(DOCKERFILE);
		Matcher healthcheck = Pattern.compile("HEALTHCHECK (.*?)\\\\\\n\\s*CMD (.*)").matcher(dockerfile);
		assertThat(healthcheck.find()).isTrue();
		Matcher startPeriod = Pattern.compile("--start-period=(\\d+s)").matcher(healthcheck.group(1));
		assertThat(startPeriod.find()).isTrue();
		assertThat(durationOf(startPeriod.group(1))).isGreaterThanOrEqualTo(SLOWEST_MEASURED_START.multipliedBy(2));
		assertThat(healthcheck.group(2)).contains("/" + managementPort() + " ")
			.contains("GET " + healthPath("liveness") + " ");
		assertThat(dockerfile).contains("EXPOSE " + serverPort());
	}

	@Test
	void theImageStartsFromItsTrainingRunsArchiveWithTheSettingsTheDeploymentAndStartScriptRepeat() throws IOException {
		String dockerfile = Files.readString(DOCKERFILE);
		Matcher options = Pattern.compile("(?m)^ENV JAVA_TOOL_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
		assertThat(options.find()).isTrue();
		// the Deployment's variable replaces the image's: the same settings
		assertThat(envValue("JAVA_TOOL_OPTIONS")).isEqualTo(options.group(1));
		// bench/start.sh starts the service as the image does
		Matcher script = Pattern.compile("(?m)^IMAGE_JAVA_TOOL_OPTIONS=\"([^\"]*)\"")
			.matcher(Files.readString(START_SCRIPT));
		assertThat(script.find()).isTrue();
		assertThat(script.group(1)).isEqualTo(options.group(1));
		// the archive the training run writes is the one the entry point reads, both with
		// the bean definitions of Spring AOT
		Matcher training = Pattern.compile("(?m)^RUN java .*-XX:ArchiveClassesAtExit=(\\S+) .*$").matcher(dockerfile);
		assertThat(training.find()).isTrue();
		assertThat(training.group()).contains(" -Dspring.context.exit=onRefresh ")
			.contains(" -Dspring.aot.enabled=true ")
			.contains(" -jar application.jar ");
		Matcher entrypoint = Pattern.compile("(?m)^ENTRYPOINT (\\[.*\\])$").matcher(dockerfile);
		assertThat(entrypoint.find()).isTrue();
		assertThat(entrypoint.group(1)).contains("\"-XX:SharedArchiveFile=" + training.group(1) + "\"")
			.contains("\"-Dspring.aot.enabled=true\"")
			.endsWith("\"-jar\", \"application.jar\"]");
	}

	@Test
	void anImageBuiltWithoutGitShowsTheCommitItWasGivenInItsInfo() throws IOException {
		// the Dockerfile writes git.properties from the GIT_COMMIT build argument
		// (.git is not in the build context)
		Matcher written = Pattern.compile("printf '([^']*)' \"\\$GIT_COMMIT\" > src/main/resources/git.properties")
			.matcher(Files.readString(DOCKERFILE));
		assertThat(written.find()).isTrue();
		Matcher argument = Pattern.compile("ARG GIT_COMMIT=(\\S+)").matcher(Files.readString(DOCKERFILE));
		assertThat(argument.find()).isTrue();
		for (String commit : List.of("1a2b3c4", argument.group(1))) {
			Properties git = new Properties();
			git.load(new StringReader(written.group(1).replace("%s", commit).replace("\\n", "\n")));
			GitProperties properties = new GitProperties(withoutPrefix(git));
			InfoPropertiesInfoContributor.Mode mode = binder
				.bind("management.info.git.mode", InfoPropertiesInfoContributor.Mode.class)
				.orElse(InfoPropertiesInfoContributor.Mode.SIMPLE);
			Info.Builder info = new Info.Builder();
			new GitInfoContributor(properties, mode).contribute(info);
			assertThat(map(map(info.build().getDetails().get("git")).get("commit"))).containsEntry("id", commit);
		}
		assertThat(argument.group(1)).isEqualTo("unknown");
	}

	// the application's configuration, as Spring reads it

	/**
	 * The service's application.yml (not the tests' config/application.yml) loaded by
	 * Spring Boot's own config-data processing with the given profiles, and nothing from
	 * this machine's environment.
	 */
	static StandardEnvironment applicationEnvironment(List<String> profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("deployment",
					Map.of("spring.config.location", "classpath:/application.yml")));
		ConfigDataEnvironmentPostProcessor.applyTo(environment, null, null, profiles);
		return environment;
	}

	static int serverPort() {
		return binder.bind("server.port", Integer.class).orElse(SPRING_BOOT_DEFAULT_PORT);
	}

	static int managementPort() {
		return binder.bind("management.server.port", Integer.class).orElse(serverPort());
	}

	/** Where an actuator endpoint answers, from the application's own settings. */
	static String endpointPath(String endpoint) {
		WebEndpointProperties web = binder.bindOrCreate("management.endpoints.web", WebEndpointProperties.class);
		String prefix = (managementPort() != serverPort())
				? binder.bind("management.server.base-path", String.class).orElse("")
				: binder.bind("server.servlet.context-path", String.class).orElse("");
		String basePath = web.getBasePath();
		String mapping = web.getPathMapping().getOrDefault(endpoint, endpoint);
		return (prefix + basePath + "/" + mapping).replaceAll("/+", "/");
	}

	static String healthPath(String group) {
		return endpointPath("health") + "/" + group;
	}

	static List<String> profilesTheDeploymentActivates() {
		return List.of(envValue("SPRING_PROFILES_ACTIVE").split(","));
	}

	/**
	 * What the application can be configured with: the keys and the environment
	 * placeholders of its application*.yml, the offers.* settings of
	 * {@link OffersProperties}, and the properties Spring Boot and its libraries declare
	 * (their spring-configuration-metadata.json).
	 */
	record ConfigurationKeys(Set<String> properties, Set<String> mapProperties, Set<String> placeholders,
			Set<String> profiles) {

		static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

		static ConfigurationKeys read() throws IOException {
			Set<String> properties = new TreeSet<>();
			Set<String> mapProperties = new TreeSet<>();
			Set<String> placeholders = new TreeSet<>();
			Set<String> profiles = new TreeSet<>();
			for (Properties document : applicationYamlDocuments()) {
				document.forEach((key, value) -> {
					properties.add(key.toString().replaceAll("\\[\\d+]$", ""));
					Matcher matcher = PLACEHOLDER.matcher(String.valueOf(value));
					while (matcher.find()) {
						placeholders.add(matcher.group(1));
					}
				});
				String profile = document.getProperty("spring.config.activate.on-profile");
				if (profile != null) {
					profiles.add(profile);
				}
			}
			offersProperties("offers", OffersProperties.class, properties);
			Enumeration<URL> metadata = DeploymentManifestsTests.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json");
			while (metadata.hasMoreElements()) {
				try (InputStream in = metadata.nextElement().openStream()) {
					for (JsonNode property : JSON.readTree(in).path("properties")) {
						String name = property.path("name").asText();
						properties.add(name);
						if (property.path("type").asText().startsWith("java.util.Map")) {
							mapProperties.add(name);
						}
					}
				}
			}
			properties.removeIf(name -> !ConfigurationPropertyName.isValid(name));
			return new ConfigurationKeys(properties, mapProperties, placeholders, profiles);
		}

		static void offersProperties(String prefix, Class<?> type, Set<String> properties) {
			for (RecordComponent component : type.getRecordComponents()) {
				String name = prefix + "." + DataObjectPropertyName.toDashedForm(component.getName());
				if (component.getType().isRecord() && component.getType().getName().startsWith("app.offers.")) {
					offersProperties(name, component.getType(), properties);
				}
				else {
					properties.add(name);
				}
			}
		}

		/**
		 * Whether the application reads this environment variable: a placeholder names
		 * it, or Spring's relaxed binding maps it to a property the application has (e.g.
		 * OFFERS_API_KEY to offers.api-key).
		 */
		boolean readsEnvironmentVariable(String name) {
			if (placeholders.contains(name) || READ_BY_THE_JVM.contains(name)) {
				return true;
			}
			ConfigurationPropertySource source = ConfigurationPropertySources
				.from(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
						Map.of(name, "set")))
				.iterator()
				.next();
			return properties.stream()
				.anyMatch(property -> source.getConfigurationProperty(ConfigurationPropertyName.of(property)) != null)
					|| mapProperties.stream()
						.anyMatch(property -> source.containsDescendantOf(
								ConfigurationPropertyName.of(property)) == ConfigurationPropertyState.PRESENT);
		}

	}

	/** Each document of src/main/resources/application*.yml, flattened. */
	static List<Properties> applicationYamlDocuments() throws IOException {
		List<Properties> documents = new ArrayList<>();
		try (Stream<Path> files = Files.list(APPLICATION_YAML_DIR)) {
			List<FileSystemResource> resources = files
				.filter(file -> file.getFileName().toString().matches("application.*\\.ya?ml"))
				.sorted()
				.map(FileSystemResource::new)
				.toList();
			assertThat(resources).isNotEmpty();
			new YamlProcessor() {
				{
					setResources(resources.toArray(FileSystemResource[]::new));
					process((properties, map) -> documents.add(properties));
				}
			};
		}
		return documents;
	}

	// the manifests

	static <T extends KubernetesResource> T only(Class<T> kind) {
		List<T> found = manifests.values()
			.stream()
			.flatMap(List::stream)
			.filter(kind::isInstance)
			.map(kind::cast)
			.toList();
		assertThat(found).as(kind.getSimpleName()).hasSize(1);
		return found.get(0);
	}

	static String envValue(String name) {
		return container.getEnv()
			.stream()
			.filter(env -> env.getName().equals(name))
			.map(EnvVar::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("the Deployment sets no " + name));
	}

	/** A probe's or a Service's port, by number or by the container port's name. */
	static int containerPort(IntOrString port) {
		if (port.getIntVal() != null) {
			return port.getIntVal();
		}
		return container.getPorts()
			.stream()
			.filter(named -> port.getStrVal().equals(named.getName()))
			.map(ContainerPort::getContainerPort)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
	}

	/**
	 * What the model kept aside as additional properties: fields the Kubernetes API does
	 * not have (a misspelt {@code livenesProbe} would be kept there silently).
	 */
	static void fieldsTheApiDoesNotKnow(Object node, String path, List<String> unknown) {
		if (node instanceof Collection<?> items) {
			int index = 0;
			for (Object item : items) {
				fieldsTheApiDoesNotKnow(item, path + "[" + index++ + "]", unknown);
			}
			return;
		}
		if (node instanceof Map<?, ?> entries) {
			entries.forEach((key, value) -> fieldsTheApiDoesNotKnow(value, path + "." + key, unknown));
			return;
		}
		if (node == null || !node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model.")) {
			return;
		}
		for (Method getter : node.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
					|| Modifier.isStatic(getter.getModifiers()) || getter.getDeclaringClass() == Object.class) {
				continue;
			}
			Object value;
			try {
				value = getter.invoke(node);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(path + "." + getter.getName(), ex);
			}
			if (getter.getName().equals("getAdditionalProperties")) {
				if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
					extra.keySet().forEach(key -> unknown.add(path + "." + key));
				}
			}
			else {
				fieldsTheApiDoesNotKnow(value, path + "." + getter.getName().substring(3), unknown);
			}
		}
	}

	static List<Path> yamlFiles(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
		}
	}

	static boolean isKustomization(Path file) {
		return file.getFileName().toString().startsWith("kustomization.");
	}

	static List<Object> loadAll(Path file) throws IOException {
		List<Object> documents = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file)) {
			for (Object document : new Yaml().loadAll(reader)) {
				if (document != null) {
					documents.add(document);
				}
			}
		}
		return documents;
	}

	static Map<String, Object> load(Path file) throws IOException {
		List<Object> documents = loadAll(file);
		assertThat(documents).as(file.toString()).hasSize(1);
		return map(documents.get(0));
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	static List<Map<String, Object>> maps(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return ((List<?>) value).stream().map(DeploymentManifestsTests::map).toList();
	}

	static List<String> strings(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

	/** A compose or Dockerfile duration: 180s, 1m30s. */
	static Duration durationOf(Object value) {
		return Duration.parse("PT" + String.valueOf(value).toUpperCase());
	}

	static int orZero(Integer value) {
		return (value != null) ? value : 0;
	}

	/** git.properties keys without their "git." prefix, as GitProperties takes them. */
	static Properties withoutPrefix(Properties git) {
		Properties entries = new Properties();
		git.stringPropertyNames()
			.forEach(key -> entries.setProperty(key.startsWith("git.") ? key.substring(4) : key, git.getProperty(key)));
		return entries;
	}

}
