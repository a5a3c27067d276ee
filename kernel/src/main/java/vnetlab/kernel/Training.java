package vnetlab.kernel;

import com.google.gson.JsonObject;
import vnetlab.kernel.wire.Message;
import vnetlab.kernel.wire.Signer;

import java.util.List;

/**
 * A short, silent session run at install time (or by a user's first kernel, in the background) under
 * {@code -XX:AOTCacheOutput} on JDK 25 or {@code -XX:ArchiveClassesAtExit} before: the classes it loads and links
 * (JShell, javac, the protocol, the DSL, the simulator, the renderers, a diagram through {@code dot}) and, on JDK 25,
 * its method profiles go into the user's start-up archive ({@link Archive}).
 *
 * <pre>{@code
 * java -XX:AOTCacheOutput=vnetlab.aot -jar vnetlab-kernel.jar train      // JDK 25
 * }</pre>
 */
final class Training {
    /** A chapter-2 lab (north star), so the DSL, simulator and diagram classes are archived too. */
    private static final String NORTH_STAR_LAB = """
            var lab = Net.lab("training");
            var home = lab.lan("home", "192.168.1.0/24");
            var laptop = home.host("laptop", "192.168.1.2");
            var phone = home.host("phone", "192.168.1.20");
            var vbox = laptop.hypervisor(VIRTUALBOX);
            var web = vbox.vm("web").bridged();
            var dev = vbox.vm("dev").nat();
            """;

    private Training() {
    }

    static void run() {
        Signer signer = Signer.of("hmac-sha256", "training");
        JsonObject content = new JsonObject();
        content.addProperty("code", "1 + 1");
        Message request = Message.orphan("execute_request", content, "training");
        Message.parse(request.frames(signer), signer).reply("execute_reply", KernelInfo.content(), "training")
                .frames(signer);
        org.zeromq.ZMQ.Context context = org.zeromq.ZMQ.context(1);
        org.zeromq.ZMQ.Socket socket = context.socket(org.zeromq.SocketType.ROUTER);
        socket.bindToRandomPort("tcp://127.0.0.1");
        org.zeromq.ZMQ.Poller poller = context.poller(1);
        poller.register(socket, org.zeromq.ZMQ.Poller.POLLIN);
        poller.poll(1);
        poller.close();
        socket.close();
        context.term();
        try (Evaluator evaluator = new Evaluator(StartupImports.LIST)) {
            evaluator.warmUp();
            var renderer = Renderers.create();
            for (String cell : List.of("var x = 20;\nx + 22", "java.util.Map.of(\"a\", 1)", "x.", "1 / 0",
                    "String s = 1;", "for (int i = 0; i < 3; i++) { x += i; }\nx", NORTH_STAR_LAB,
                    "lab", "lab.trace(laptop, INTERNET, 443)", "lab.trace(phone, web, 80)")) {
                if (evaluator.eval(cell, v -> { }) instanceof Evaluator.Result.Shown shown) {
                    Kernel.displayContent(Renderers.render(renderer, shown.value()));
                }
            }
            Assistant assistant = new Assistant(evaluator);
            assistant.complete("String.val", 10);
            assistant.inspect("Math.max(1, 2)", 6);
            assistant.isComplete("for (int i = 0; i < 3; i++) {");
        }
    }
}
