# Build stage: the same wrapper command the README uses.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
# .git stays out of the build context (.dockerignore), so the git-commit-id plugin finds no repository and writes
# nothing; the commit comes in as a build argument instead (docker build --build-arg GIT_COMMIT=$(git rev-parse
# --short HEAD)) and /actuator/info shows it as git.commit.id, or "unknown" when none was given.
ARG GIT_COMMIT=unknown
RUN printf 'git.commit.id.abbrev=%s\n' "$GIT_COMMIT" > src/main/resources/git.properties \
 && ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/flipkart-offers-*.jar extract --layers --destination target/extracted \
      --application-filename application.jar

# Run stage: a JRE, the layered jar, a user without privileges. The user has a fixed id so that Kubernetes'
# runAsNonRoot can check it (deploy/k8s/deployment.yaml runs as 10001). It starts the fast way
# (docs/decisions/0009-fast-start.md): the extracted jar (application.jar with its lib/ beside it), the bean
# definitions Spring AOT worked out at build time, and the classes of a training run in a CDS archive.
FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 offers && useradd --system --uid 10001 --gid offers --home-dir /app offers
WORKDIR /app
COPY --from=build /src/target/extracted/dependencies/ ./
COPY --from=build /src/target/extracted/spring-boot-loader/ ./
COPY --from=build /src/target/extracted/snapshot-dependencies/ ./
COPY --from=build /src/target/extracted/application/ ./
# The heap at most 75% of the container's memory limit, starting at 32 MB and growing with what the service holds;
# the serial collector, which the JVM itself picks in a container of less than 2 CPUs or 2 GB, here whatever the
# limits: the resident memory stays near what the heap holds (docs/decisions/0009-fast-start.md).
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+UseSerialGC -Xms32m -XX:+ExitOnOutOfMemoryError"
# The training run (Spring Boot's CDS support): the application context started on an empty H2 store, then the JVM
# exits and archives the classes it loaded. It runs here, on the JRE and in the folder the service runs from, as
# the archive is only used by the same JVM with the same class path (bench/start.sh does the same outside Docker).
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar application.jar --offers.data-dir=/tmp/training --server.port=0 && rm -rf /tmp/training
RUN mkdir -p /app/data && chown offers:offers /app/data
USER 10001:10001
EXPOSE 8080
# Liveness, not readiness: whatever restarts unhealthy containers must not restart one for a database outage,
# which takes readiness DOWN while reads go on from memory (compose.yaml checks readiness for its depends_on).
# Start-up measured from launch to readiness UP, java -jar on a 2-core machine shared with other builds (load
# average 3.7 to 9.5): 29s, 62s, 47s, 46s, 57s, 75s; 14s from the extracted layers with load 2.5. Started as below
# (bench/startup.sh): 5.5s with load 1, up to 23s with load 11. The start period of 180s is well over twice the
# slowest java -jar; checks that fail within it do not count.
HEALTHCHECK --interval=15s --timeout=3s --start-period=180s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health/liveness HTTP/1.0\\r\\n\\r\\n' >&3 && read -r _ code _ <&3 && [ \"$code\" = 200 ]"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-Dspring.aot.enabled=true", "-jar", "application.jar"]
