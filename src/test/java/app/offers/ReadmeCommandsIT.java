package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.offers.testing.ServerProcess;

/**
 * The curl commands the README (then docs/api.md) shows, run as a newcomer would, in
 * their order, by bash from the project folder, against a service started on an empty
 * store: each answer shown beneath a command ({@code # {...}}) must be the answer given.
 * A sample renamed, a count changed by the parser, a wrapping step that no longer works
 * fails here, not in a newcomer's first minute.
 */
class ReadmeCommandsIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pattern BASH_BLOCK = Pattern.compile("(?ms)^```bash\\n(.*?)^```$");

	/** A command and the answer its text says it gives. */
	record Shown(String command, JsonNode answer) {
	}

	@Test
	void everyCurlShownAnswersWhatIsShown(@TempDir Path data) throws Exception {
		List<Shown> shown = new ArrayList<>(shown(Path.of("README.md")));
		int inReadme = shown.size();
		shown.addAll(shown(Path.of("docs/api.md")));
		// the quick start: a capture posted as it is, a bare one wrapped, a discount
		// asked
		assertThat(inReadme).isGreaterThanOrEqualTo(3);
		assertThat(shown.size()).isGreaterThan(inReadme);
		try (ServerProcess server = ServerProcess.start(data, ServerProcess.freePort())) {
			for (Shown s : shown) {
				String command = s.command().replace("localhost:8080", "localhost:" + server.port);
				assertThat(JSON.readTree(bash(command))).as(s.command()).isEqualTo(s.answer());
			}
		}
	}

	/**
	 * The commands of a file's bash blocks that show their answer: the {@code # } lines
	 * beneath a command, up to the first run of them that reads as JSON (what follows is
	 * commentary).
	 */
	static List<Shown> shown(Path file) throws Exception {
		List<Shown> shown = new ArrayList<>();
		Matcher block = BASH_BLOCK.matcher(Files.readString(file));
		while (block.find()) {
			StringBuilder command = new StringBuilder();
			StringBuilder answer = new StringBuilder();
			for (String line : block.group(1).split("\n")) {
				if (line.startsWith("# ") && !command.isEmpty()) {
					answer.append(line.substring(2));
					JsonNode parsed = json(answer.toString());
					if (parsed != null) {
						shown.add(new Shown(command.toString(), parsed));
						command.setLength(0);
						answer.setLength(0);
					}
				}
				else if (!line.isBlank() && !line.startsWith("#")) {
					if (!answer.isEmpty()) {
						// the previous command's comment showed no answer: a new command
						command.setLength(0);
						answer.setLength(0);
					}
					command.append(command.isEmpty() ? "" : "\n").append(line);
				}
			}
		}
		return shown.stream().filter(s -> s.command().contains("curl")).toList();
	}

	static @Nullable JsonNode json(String text) {
		if (!text.trim().startsWith("{")) {
			return null;
		}
		try {
			return JSON.readTree(text);
		}
		catch (RuntimeException notYet) {
			return null;
		}
	}

	static String bash(String command) throws Exception {
		Process process = new ProcessBuilder("bash", "-eo", "pipefail", "-c", command).redirectErrorStream(true)
			.start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("%s%n%s", command, out).isZero();
		return out;
	}

}
