# Sourced by ./verdict, ./run-tests and .ci/run: finds a JDK >= 21 and exports JAVA_HOME,
# plus JVM flags for the JDK found (VERDICT_JVM_FLAGS) and for Maven (MAVEN_OPTS).
# Order: $JAVA_HOME, then every JDK under /usr/lib/jvm (newest first), then `javac` on the PATH.

verdict_java_major() {
  # prints the major version of the JDK at $1, or nothing
  local v
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)
  v=${v#1.}
  printf '%s' "${v%%.*}"
}

verdict_find_jdk() {
  local min=21 candidates=() c major seen=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if [ -d /usr/lib/jvm ]; then
    while IFS= read -r c; do candidates+=("$c"); done < <(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed 's:/$::' | sort -rV)
  fi
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(verdict_java_major "$c")
    seen+=("$c (${major:-?})")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null; then
      export JAVA_HOME="$c"
      VERDICT_JAVA_MAJOR="$major"
      VERDICT_JVM_FLAGS="--enable-native-access=ALL-UNNAMED"
      if [ "$major" -ge 24 ]; then
        VERDICT_JVM_FLAGS="$VERDICT_JVM_FLAGS --sun-misc-unsafe-memory-access=allow"
        case " ${MAVEN_OPTS:-} " in
          *sun-misc-unsafe-memory-access*) ;;
          *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
        esac
      fi
      export VERDICT_JVM_FLAGS VERDICT_JAVA_MAJOR
      return 0
    fi
  done
  {
    echo "verdict: needs a JDK $min or newer, and none was found."
    if [ ${#seen[@]} -gt 0 ]; then echo "  JDKs found: ${seen[*]}"; else echo "  No JDK found (looked at JAVA_HOME, /usr/lib/jvm and the PATH)."; fi
    echo "  Install a JDK $min+ (e.g. Eclipse Temurin, or your distribution's openjdk-21-jdk) and set JAVA_HOME to it."
  } >&2
  return 1
}
