package vnetlab.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The network agent ({@code agent.py}, one Python process): servers, clients and user-space proxies inside the
 * realized namespaces, driven one JSON line at a time. Started and ended by this object, by its own process.
 */
final class Agent implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Process process;
    private final Path script;
    private final BufferedReader in;
    private final OutputStream out;

    private Agent(Process process, Path script) {
        this.process = process;
        this.script = script;
        this.in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.out = process.getOutputStream();
    }

    static Agent start() {
        Path script;
        try (InputStream source = Agent.class.getResourceAsStream("agent.py")) {
            if (source == null) {
                throw new VerifyException("agent.py is missing from the vnetlab jar");
            }
            script = Files.createTempFile("vnetlab-agent-", ".py");
            Files.write(script, source.readAllBytes());
        } catch (IOException e) {
            throw new VerifyException("cannot write the network agent: " + e.getMessage());
        }
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        try {
            Process p = new ProcessBuilder(python, "-u", script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Agent agent = new Agent(p, script);
            JsonNode hello = agent.read();
            if (!hello.path("ok").asBoolean()) {
                throw new VerifyException("the network agent did not start: " + hello);
            }
            return agent;
        } catch (IOException e) {
            throw new VerifyException("lab.verify() needs python3 (Debian package python3): " + e.getMessage());
        }
    }

    ObjectNode request(String op) {
        return JSON.createObjectNode().put("op", op);
    }

    /** Sends one request and waits for its answer. */
    synchronized JsonNode ask(ObjectNode request) {
        try {
            out.write((JSON.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return read();
        } catch (IOException e) {
            throw new VerifyException("the network agent stopped: " + e.getMessage());
        }
    }

    /** Sends one request that must succeed. */
    void must(ObjectNode request) {
        JsonNode answer = ask(request);
        if (answer.has("error")) {
            throw new VerifyException("network agent: " + request + " failed: " + answer.path("error").asText());
        }
    }

    private JsonNode read() throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IOException("the network agent ended (exit " + (process.isAlive() ? "?" : process.exitValue())
                    + ")");
        }
        return JSON.readTree(line);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(script);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans /tmp
        }
    }
}
