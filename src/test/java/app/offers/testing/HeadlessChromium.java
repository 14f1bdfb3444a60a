package app.offers.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for the browser tests (Debian's chromium and chromium-driver,
 * which .ci/run installs): started once per test class, skipped when not installed.
 */
public final class HeadlessChromium {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/**
	 * A new browser; the calling test is skipped (an assumption, not a failure) when
	 * chromium or chromedriver is missing.
	 */
	public static ChromeDriver start() {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
				"browser test skipped: install Debian's chromium and chromium-driver (apt-get install chromium "
						+ "chromium-driver) to run it");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return browser;
	}

	/**
	 * The viewport of a phone (below 600 px: 844 px high, a mobile viewport) or a laptop
	 * (800 px high), {@code width} pixels wide.
	 */
	public static void viewport(ChromeDriver browser, int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				width < 600 ? 844 : 800, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** The whole page, not just the viewport, into target/screenshots. */
	public static Path screenshot(ChromeDriver browser, String name) throws IOException {
		Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
		Number width = (Number) browser.executeScript("return window.innerWidth");
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Path file = Path.of("target", "screenshots", name);
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		return file;
	}

}
