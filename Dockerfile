# The application image, for docker compose and for registries. Without a Docker daemon, build the same image with
# Jib instead: ./mvnw -DskipTests package jib:build -Djib.to.image=<registry>/coalition-workflow:<tag>
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
COPY workflows workflows
RUN ./mvnw -B -ntp -q -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 1000 coalition && useradd --system --uid 1000 --gid coalition coalition \
    && mkdir -p /app/seal && chown coalition:coalition /app/seal
WORKDIR /app
COPY --from=build /src/target/coalition-workflow-*.jar /app/coalition-workflow.jar
USER coalition
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/coalition-workflow.jar"]
