# syntax=docker/dockerfile:1
# The FineTuneGraph worker image: built with the .NET 10 SDK, run on the smaller .NET 10 runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY cypher/ cypher/
RUN dotnet publish src/FineTuneGraph.Cli/FineTuneGraph.Cli.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
USER app
ENTRYPOINT ["dotnet", "/app/ftg.dll"]
# The worker: docker-compose.yml mounts the inbox at /data and the rules at /rules; `docker run IMAGE build /data`
# runs a one-shot build instead.
CMD ["watch", "/data", "--rules", "/rules"]
