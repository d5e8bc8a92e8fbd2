// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.avpstudio.core.Generation;
import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.Targets;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.Severity;

/**
 * Mutation campaign (issue #23 item 8): one defect at a time is written into a copy of an example model's .avp text,
 * the copy is loaded and validated through the core API ({@link ModelSet}), every target is generated
 * ({@link Generation}, {@link Targets#all()}) and the real tools read what was generated: QEMU started paused under
 * TCG (its QMP monitor must answer), {@code virt-xml-validate} and {@code virsh -c test:///default define} for the
 * libvirt domains, {@code dtc} for the device trees, Xen's libxlutil ({@code resources/xlcheck.c}) for the xl.cfg
 * files. crosvm and Cloud Hypervisor are generated but have no tool on this machine to read them.
 * <p>
 * A tool's verdict on a file is cached by the file's content: a mutation re-runs a tool only on the files it changed
 * (the unchanged ones were judged when the example itself was run).
 */
final class MutationCampaign {

	/** The tools, in the table's column order (after "generate": AVP Studio writing the files at all). */
	static final List<String> TOOLS = List.of("QEMU", "virsh", "virt-xml-validate", "dtc", "xl");

	/**
	 * One defect: a kind (the table's first column), the example and the file of it that is changed, the change of
	 * the text, the integrity rule expected to flag it ({@code null} for random changes) and, for a defect every tool
	 * may accept, why it is still wrong.
	 */
	record Mutation(String kind, String example, Map<String, UnaryOperator<String>> changes, String expectedRule, String why) {
	}

	/** A tool's verdict on the files of one mutation: {@code null} message = accepted, blank = nothing to read. */
	record Verdict(boolean ran, String rejection) {
		static final Verdict NOTHING = new Verdict(false, null);
		static final Verdict ACCEPTED = new Verdict(true, null);

		boolean rejected() {
			return rejection != null;
		}

		String cell() {
			return !ran ? "–" : rejection == null ? "accepted" : "**rejected**: " + shorten(rejection);
		}
	}

	/** What happened to one mutation. */
	record Outcome(Mutation mutation, boolean loaded, List<String> errorRules, List<String> warningRules, String firstError,
			Map<String, Verdict> tools) {

		boolean flagged() {
			return !errorRules.isEmpty();
		}

		boolean toolRejected() {
			return tools.values().stream().anyMatch(Verdict::rejected);
		}

		List<String> rejectingTools() {
			return tools.entrySet().stream().filter(e -> e.getValue().rejected()).map(Map.Entry::getKey).toList();
		}
	}

	private final Path work;
	private final Path xlcheck;
	private final Map<String, String> cache = new HashMap<>();

	MutationCampaign(Path work) throws Exception {
		this.work = work;
		Path source = Path.of(System.getProperty("avp.resources", "resources")).resolve("xlcheck.c");
		xlcheck = work.resolve("xlcheck");
		org.avpstudio.generator.tests.Generation.Run cc = org.avpstudio.generator.tests.Generation
				.run(List.of("gcc", "-o", xlcheck.toString(), source.toString(), "-lxlutil", "-lxenlight"), 120);
		if (cc.exit() != 0) {
			throw new AssertionError("xlcheck builds against libxlutil (apt-get install libxen-dev): " + cc.err());
		}
	}

	// ------------------------------------------------------------------------------------------------ mutations

	/** One mutation per defect kind of issue #23 (and a few a user makes by accident). */
	static List<Mutation> fixed() {
		List<Mutation> all = new ArrayList<>();
		all.add(m("vCPU index repeated", "cockpit", "cockpit.avp", replace("vcpu 1 on a76_3", "vcpu 0 on a76_3"), "AVP-CPU-1", null));
		all.add(m("vCPU index gap", "devbox", "devbox.avp", replace("vcpu 1 on c1", "vcpu 2 on c1"), "AVP-CPU-1",
				"isolation: the pin meant for vCPU 1 addresses a vCPU the guest does not have, so vCPU 1 floats over every core"));
		all.add(m("vCPU pinned to a core that does not exist", "cockpit", "cockpit.avp", replace("vcpu 3 on a55_3", "vcpu 3 on a55_9"),
				null, null));
		all.add(m("two cores claim one physical index", "cockpit", "soc.avp", replace("core a55_3 index 3", "core a55_3 index 2"), "AVP-CPU-2",
				"isolation: two pins meant for two cores land on one, the VMs share it without anyone having decided so"));
		all.add(m("vCPU on a core another VM holds exclusive", "cockpit", "cockpit.avp", replace("vcpu 0 on a76_2", "vcpu 0 on a76_0"),
				"AVP-CPU-3", "isolation/safety: the ASIL-B cluster's exclusive core runs a QM vCPU (timing interference)"));
		all.add(m("VM memory over the hardware's", "cockpit", "cockpit.avp", replace("memory 4096 MiB", "memory 8192 MiB"), "AVP-MEM-1",
				"isolation: the hypervisor cannot give every VM its memory; one fails at start or they are over-committed"));
		all.add(m("shared-memory peer missing (no such VM)", "cockpit", "cockpit.avp", replace("peer cluster ro", "peer clusterx ro"), null, null));
		all.add(m("shared-memory peer listed twice", "cockpit", "cockpit.avp", replace("peer cluster ro", "peer cluster ro\n\t\tpeer cluster"),
				"AVP-MEM-2", "isolation: the peer's access right is ambiguous (read-only and read-write)"));
		all.add(m("shared-memory owner listed as its own peer", "cockpit", "cockpit.avp", replace("peer cluster ro", "peer cluster ro\n\t\tpeer driver ro"),
				"AVP-MEM-2", "isolation: the owner's access right is ambiguous (the catalog's AVP-MEM-2 says a peer is a VM other than the owner)"));
		all.add(m("shared-memory region larger than its owner", "cockpit", "cockpit.avp", replace("size 16 MiB owner", "size 4096 MiB owner"),
				"AVP-MEM-3", "isolation: the region cannot be mapped as declared"));
		all.add(m("shared-memory read-only peer maps it writable", "cockpit", "cockpit.avp",
				replace("region rear_camera\n\t\t\tread-only\n", "region rear_camera\n"), "AVP-MEM-4",
				"safety: the QM owner's region can be written by the ASIL-B cluster"));
		all.add(m("host device given to two VMs", "cockpit", "cockpit.avp", replace("transport pci\n", "transport pci\n\t\tpassthrough gpu0\n"),
				"AVP-DEV-1", "isolation: two VMs drive the same device's DMA and registers"));
		all.add(new Mutation("IOMMU group split between VMs", "cockpit",
				Map.of("soc.avp", replace("iommu-group \"smmu0:0x15\"", "iommu-group \"smmu0:0x10\""), "cockpit.avp",
						replace("eth0, rearcam\n", "eth0\n").then(replace("transport pci\n", "transport pci\n\t\tpassthrough rearcam\n"))),
				"AVP-DEV-2", "isolation: the IOMMU cannot separate the two VMs' DMA within one group"));
		all.add(m("DMA-capable pass-through without IOMMU", "cockpit", "soc.avp", replace("\t\tiommu\n", "\n"), "AVP-DEV-3",
				"isolation: a passed-through DMA master can write any host memory"));
		all.add(m("duplicate MAC", "cockpit", "cockpit.avp", replace("52:54:00:00:02:01", "52:54:00:00:01:01"), "AVP-NET-1",
				"isolation: two interfaces on one bridge with one MAC steal each other's frames"));
		all.add(m("multicast MAC", "devbox", "devbox.avp", replace("52:54:00:10:00:02", "53:54:00:10:00:02"), "AVP-NET-2",
				"isolation: a multicast source address is flooded to every port of the bridge"));
		all.add(m("duplicate IP on a network", "devbox", "devbox.avp",
				replace("network devnet\n\t\t\tbackend", "network devnet\n\t\t\tip \"10.0.0.5\"\n\t\t\tbackend"),
				"AVP-NET-4", "isolation: one address, two hosts: traffic goes to the wrong VM"));
		all.add(m("duplicate vsock CID", "cockpit", "cockpit.avp", replace("cid 5", "cid 4"), "AVPS-2.0-VSOCK-2",
				"isolation: the channel's peer is ambiguous"));
		all.add(m("duplicate vsock port", "cockpit", "cockpit.avp",
				replace("\tshared-memory rear_camera", "\tvsock-channel second_status from cluster to ivi port 5000\n\tshared-memory rear_camera"),
				"AVP-NET-5", "isolation: two services answer on one port"));
		all.add(m("name a QEMU id refuses (leading underscore)", "devbox", "devbox.avp", replace("rng rng0\n\t\tconsole hvc0\n\t\tvsock",
				"rng _rng0\n\t\tconsole hvc0\n\t\tvsock"), "AVP-NAME-1",
				"portability: QEMU's option parser (-device driver=...,id=_rng0, readconfig) refuses the id; the JSON -device form generated here skips that check"));
		all.add(m("VM name 300 characters", "devbox", "devbox.avp", s -> s.replace("vm tester", "vm t" + "x".repeat(299))
				.replace("from tester to", "from t" + "x".repeat(299) + " to"), "AVP-NAME-1", null));
		all.add(m("device name 41 characters", "devbox", "devbox.avp", replace("block rootfs {\n\t\t\tbackend image \"/var/lib/avp/tester",
				"block n" + "9".repeat(40) + " {\n\t\t\tbackend image \"/var/lib/avp/tester"), "AVP-NAME-1", null));
		all.add(m("vsock CID 2^32", "devbox", "devbox.avp", replace("cid 4", "cid 4294967296"), "AVPS-2.0-VSOCK-2", null));
		all.add(m("bridge name over 15 bytes", "devbox", "devbox.avp", replace("bridge \"virbr0\"", "bridge \"virbr0-much-too-long\""),
				"AVP-NAME-2", "start-up: the host kernel refuses the interface name when the VM starts, which no define-time tool exercises"));
		all.add(m("bridge name with a slash", "devbox", "devbox.avp", replace("bridge \"virbr0\"", "bridge \"vir/br0\""), "AVP-NAME-2",
				"start-up: the host kernel refuses the interface name when the VM starts, which no define-time tool exercises"));
		all.add(m("virtio-fs tag over 36 bytes", "devbox", "devbox.avp", replace("tag \"build\"", "tag \"" + "b".repeat(40) + "\""),
				"AVP-NAME-3", "start-up: the virtio-fs device cannot carry the tag; the guest cannot mount the share"));
		all.add(m("criticality dependency unjustified (waiver removed)", "cockpit", "cockpit.avp", s -> s.replaceAll("\t\twaive \"AVP-FFI-1\".*\n", ""),
				null, "safety: the ASIL-B cluster displays through a QM driver VM without a dependent-failure analysis"));
		all.add(m("memory 0", "devbox", "devbox.avp", replace("memory 2048 MiB", "memory 0 MiB"), "AVP-MEM-1", null));
		all.add(m("vsock CID 2 (the host's)", "devbox", "devbox.avp", replace("cid 4", "cid 2"), null, null));
		return all;
	}

	/**
	 * Seeded random changes of the example texts: a number to 0, -1 or a huge value, a name to an odd string, a line
	 * holding a reference removed.
	 */
	static List<Mutation> random(long seed, int count) throws IOException {
		Random random = new Random(seed);
		List<Mutation> all = new ArrayList<>();
		List<String[]> files = List.of(new String[] { "cockpit", "cockpit.avp" }, new String[] { "cockpit", "soc.avp" },
				new String[] { "devbox", "devbox.avp" });
		Pattern number = Pattern.compile("(?<![\\w.:\"-])\\d+(?![\\w.:\"])");
		Pattern name = Pattern.compile("\\b(vm|core|host-device|network|shared-memory|block|net|rng|console|vsock|gpu|fs|watchdog|scmi|input|sound|"
				+ "video|tee|rpmb|rtc|virtio-iommu|gpio|cluster|shm|vsock-channel) ([A-Za-z_]\\w*)");
		Pattern reference = Pattern.compile("(?m)^[ \\t]*(vcpu .* on \\w+.*|passthrough .*|network \\w+|backend driver-vm \\w+|peer \\w+.*|region \\w+|"
				+ "uplink \\w+|vsock-channel .*)$");
		List<String> odd = List.of("x".repeat(70), "_x", "a__b", "Zz9", "vm", "platform", "n" + "9".repeat(40));
		List<String> numbers = List.of("0", "-1", "4294967296", "99999999999999999999", "1");
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; all.size() < count && i < count * 20; i++) {
			String[] file = files.get(random.nextInt(files.size()));
			String text = Files.readString(org.avpstudio.generator.tests.Generation.example(file[0] + "/" + file[1]));
			int what = random.nextInt(3);
			Pattern pattern = what == 0 ? number : what == 1 ? name : reference;
			List<int[]> spots = new ArrayList<>();
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				int group = what == 1 ? 2 : 0;
				spots.add(new int[] { m.start(group), m.end(group) });
			}
			if (spots.isEmpty()) {
				continue;
			}
			int[] spot = spots.get(random.nextInt(spots.size()));
			String old = text.substring(spot[0], spot[1]);
			int lineStart = text.lastIndexOf('\n', spot[0] - 1) + 1;
			if (text.substring(lineStart, spot[0]).strip().startsWith("//")) {
				continue; // a comment: nothing would change
			}
			String replacement = what == 0 ? numbers.get(random.nextInt(numbers.size())) : what == 1 ? odd.get(random.nextInt(odd.size())) : "";
			if (replacement.equals(old)) {
				continue;
			}
			int line = text.substring(0, spot[0]).split("\n", -1).length;
			String kind = (what == 0 ? "number " + old + " → " + replacement : what == 1 ? "name " + old + " → " + shorten(replacement)
					: "reference line removed: " + old.strip()) + " (" + file[1] + ":" + line + ")";
			String where = file[1] + ":" + line + ":" + old + ":" + replacement;
			if (!seen.add(where)) {
				continue;
			}
			int from = spot[0];
			int to = spot[1];
			all.add(m("random #" + (all.size() + 1) + ": " + kind, file[0], file[1], s -> s.substring(0, from) + replacement + s.substring(to),
					null, null));
		}
		return all;
	}

	private static Mutation m(String kind, String example, String file, UnaryOperator<String> change, String rule, String why) {
		return new Mutation(kind, example, Map.of(file, change), rule, why);
	}

	/** A text replacement that refuses to do nothing (an example edited under the mutation would otherwise go unnoticed). */
	private static Replace replace(String from, String to) {
		return new Replace(from, to, null);
	}

	/** A chain of replacements, each of which must find its text. */
	record Replace(String from, String to, UnaryOperator<String> next) implements UnaryOperator<String> {
		@Override
		public String apply(String text) {
			if (!text.contains(from)) {
				throw new AssertionError("the example changed: no '" + from + "' to mutate");
			}
			String changed = text.replace(from, to);
			return next == null ? changed : next.apply(changed);
		}

		Replace then(UnaryOperator<String> after) {
			return new Replace(from, to, next == null ? after : s -> after.apply(next.apply(s)));
		}
	}

	// ------------------------------------------------------------------------------------------------ running

	/** Runs the unchanged example first (so its files' verdicts are cached and must be acceptances). */
	Outcome baseline(String example) throws Exception {
		String file = example + ".avp";
		return run(m("unchanged " + example, example, file, s -> s, null, null));
	}

	Outcome run(Mutation mutation) throws Exception {
		Path dir = Files.createTempDirectory(work, "m");
		Path source = org.avpstudio.generator.tests.Generation.example(mutation.example());
		try (Stream<Path> files = Files.list(source)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".avp")).toList()) {
				Files.copy(f, dir.resolve(f.getFileName()));
			}
		}
		for (Map.Entry<String, UnaryOperator<String>> change : mutation.changes().entrySet()) {
			Path changed = dir.resolve(change.getKey());
			Files.writeString(changed, change.getValue().apply(Files.readString(changed)));
		}
		PlatformModel model = ModelSet.withDefaults().load(dir.resolve(mutation.example() + ".avp"));
		TreeSet<String> errors = new TreeSet<>();
		TreeSet<String> warnings = new TreeSet<>();
		String first = null;
		for (ModelDiagnostic d : model.diagnostics()) {
			if (d.isError()) {
				errors.add(d.kind() == ModelDiagnostic.Kind.COMPLIANCE ? d.ruleId() : d.kind().name().toLowerCase() + " error");
				first = first == null ? d.message() : first;
			}
		}
		Map<String, Verdict> tools = new LinkedHashMap<>();
		tools.put("generate", Verdict.NOTHING);
		TOOLS.forEach(t -> tools.put(t, Verdict.NOTHING));
		if (!model.usable()) {
			return new Outcome(mutation, false, List.copyOf(errors), List.of(), first, tools);
		}
		for (Finding f : model.compliance().findings()) {
			if (f.isOpen() && f.severity() == Severity.ERROR) {
				errors.add(f.requirementId());
				first = first == null ? f.message() : first;
			} else if (f.isOpen() && f.severity() == Severity.WARNING) {
				warnings.add(f.requirementId());
			}
		}
		Path out = dir.resolve("out");
		try {
			Generation.generate(model, Targets.all(), out);
			tools.put("generate", Verdict.ACCEPTED);
		} catch (SaveException | ModelException e) {
			tools.put("generate", new Verdict(true, e.getMessage().replace(dir.toString(), "")));
			return new Outcome(mutation, true, List.copyOf(errors), List.copyOf(warnings), first, tools);
		}
		List<Path> generated;
		try (Stream<Path> walk = Files.walk(out)) {
			generated = walk.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : generated) {
			String rel = out.relativize(file).toString().replace('\\', '/');
			if (rel.startsWith("qemu/") && rel.endsWith(".args")) {
				judge(tools, "QEMU", file, () -> qemu(file));
			} else if (rel.startsWith("libvirt/") && rel.endsWith(".xml")) {
				judge(tools, "virt-xml-validate", file, () -> tool(List.of("virt-xml-validate", file.toString(), "domain")));
				judge(tools, "virsh", file, () -> tool(List.of("virsh", "-c", "test:///default", "define", file.toString())));
			} else if (rel.startsWith("dts/") && rel.endsWith(".dts")) {
				judge(tools, "dtc", file, () -> tool(List.of("dtc", "-q", "-I", "dts", "-O", "dtb", "-o", file + ".dtb", file.toString())));
			} else if (rel.startsWith("xen/") && rel.endsWith(".cfg")) {
				judge(tools, "xl", file, () -> tool(List.of(xlcheck.toString(), file.toString())));
			}
		}
		return new Outcome(mutation, true, List.copyOf(errors), List.copyOf(warnings), first, tools);
	}

	private interface Check {
		/** {@code null} when the tool accepts the file, its message otherwise. */
		String run() throws Exception;
	}

	private void judge(Map<String, Verdict> tools, String tool, Path file, Check check) throws Exception {
		String key = tool + ":" + file.getFileName() + ":" + hash(Files.readString(file));
		String rejection = cache.containsKey(key) ? cache.get(key) : check.run();
		cache.put(key, rejection);
		Verdict before = tools.get(tool);
		if (before.rejected()) {
			return;
		}
		tools.put(tool, rejection == null ? Verdict.ACCEPTED : new Verdict(true, file.getFileName() + ": " + reason(rejection)));
	}

	/** The line of a tool's message that says why (virsh's last, the others' first), temporary paths left out. */
	private String reason(String message) {
		if (message.contains("qemu-system-")) {
			return shorten(message.lines().filter(l -> l.startsWith("qemu-system-")).reduce((a, b) -> b).orElse(message)
					.replaceAll(Pattern.quote(work.toString()) + "/[mq]\\d+/", "").replaceFirst("^(qemu-system-\\S+: -[\\w-]+) \\S+: ", "$1: "));
		}
		List<String> lines = message.lines().map(l -> l.replaceAll(Pattern.quote(work.toString()) + "/[mq]\\d+/(out/)?", "").strip())
				.filter(l -> !l.isEmpty() && !l.startsWith("error: Failed to define domain")).toList();
		return lines.isEmpty() ? message : lines.get(0).replaceFirst("^error: ", "");
	}

	/**
	 * Each tool check rejects a broken file of its kind, so that "accepted" in the table means something: returns the
	 * checks that accepted their broken file.
	 */
	List<String> checksThatAcceptBrokenInput() throws Exception {
		Path dir = Files.createTempDirectory(work, "m");
		List<String> lenient = new ArrayList<>();
		Path args = Files.writeString(dir.resolve("broken.args"), "# qemu-system-x86_64: one argument per line\n-device\n{\"driver\":\"no-such-device\",\"id\":\"x\"}\n");
		if (qemu(args) == null) {
			lenient.add("QEMU");
		}
		Path xml = Files.writeString(dir.resolve("broken.xml"), "<domain type='kvm'><name>x</name><memory>1</memory><os><type>hvm</type></os><devices><nope/></devices></domain>\n");
		if (tool(List.of("virt-xml-validate", xml.toString(), "domain")) == null) {
			lenient.add("virt-xml-validate");
		}
		Path bad = Files.writeString(dir.resolve("bad.xml"), "<domain type='kvm'><name>x</name><memory>1</memory><os><type>hvm</type></os><vcpu>0</vcpu></domain>\n");
		if (tool(List.of("virsh", "-c", "test:///default", "define", bad.toString())) == null) {
			lenient.add("virsh");
		}
		Path dts = Files.writeString(dir.resolve("broken.dts"), "/dts-v1/;\n/ { node@1 { reg = <1>; }\n");
		if (tool(List.of("dtc", "-q", "-I", "dts", "-O", "dtb", "-o", dts + ".dtb", dts.toString())) == null) {
			lenient.add("dtc");
		}
		Path cfg = Files.writeString(dir.resolve("broken.cfg"), "name = \"x\"\nmemory = = 3\n");
		if (tool(List.of(xlcheck.toString(), cfg.toString())) == null) {
			lenient.add("xl");
		}
		return lenient;
	}

	private static String tool(List<String> command) throws Exception {
		org.avpstudio.generator.tests.Generation.Run run = org.avpstudio.generator.tests.Generation.run(command, 60);
		return run.exit() == 0 ? null : (run.err() + run.out()).strip();
	}

	/**
	 * Starts the generated argument list paused under TCG, as {@link QemuStartTest} does (kernel, initrd and
	 * device tree left out, scratch images, no vhost-vsock for want of /dev/vhost-vsock, a 3D GPU started as 2D for
	 * want of OpenGL) and asks its monitor for
	 * its status; a QEMU that exits before answering rejected the configuration.
	 */
	private String qemu(Path argsFile) throws Exception {
		List<String> all = Files.readAllLines(argsFile);
		String binary = all.stream().filter(l -> l.matches("# qemu-system-[a-z0-9_]+:.*")).map(l -> l.substring(2, l.indexOf(':')))
				.findFirst().orElseThrow(() -> new AssertionError(argsFile + " names no QEMU binary in its header"));
		List<String> lines = all.stream().filter(l -> !l.startsWith("#")).toList();
		Path dir = Files.createTempDirectory(work, "q");
		List<String> args = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String arg = lines.get(i);
			if (List.of("-kernel", "-initrd", "-append", "-dtb", "-bios").contains(arg)) {
				i++;
				continue;
			}
			if (arg.equals("-device") && i + 1 < lines.size() && lines.get(i + 1).contains("vhost-vsock")) {
				i++;
				continue;
			}
			if (arg.contains("\"filename\":\"")) {
				String path = arg.replaceAll(".*\"filename\":\"([^\"]+)\".*", "$1");
				Path image = dir.resolve(Path.of(path).getFileName());
				String format = arg.contains("\"driver\":\"qcow2\"") ? "qcow2" : "raw";
				org.avpstudio.generator.tests.Generation.run(List.of("qemu-img", "create", "-f", format, image.toString(), "16M"), 30);
				arg = arg.replace("\"" + path + "\"", "\"" + image + "\"");
			}
			args.add(arg.replace("virtio-gpu-gl-", "virtio-gpu-"));
		}
		Path socket = dir.resolve("qmp.sock");
		List<String> command = new ArrayList<>(List.of(binary, "-accel", "tcg", "-S", "-qmp", "unix:" + socket + ",server=on,wait=off"));
		command.addAll(args);
		Path log = dir.resolve("qemu.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			long deadline = System.currentTimeMillis() + 60_000;
			while (!Files.exists(socket) && process.isAlive() && System.currentTimeMillis() < deadline) {
				Thread.sleep(50);
			}
			if (!process.isAlive() || !Files.exists(socket)) {
				process.waitFor(5, TimeUnit.SECONDS);
				return "exit " + (process.isAlive() ? "none (no monitor in 60 s)" : process.exitValue()) + ": " + Files.readString(log).strip();
			}
			// the socket file exists from bind(), a moment before QEMU listens: retry while QEMU lives
			while (true) {
				try (QmpClient qmp = new QmpClient(socket)) {
					String status = qmp.execute("{\"execute\":\"query-status\"}");
					return status.contains("\"prelaunch\"") ? null : "unexpected status " + status;
				} catch (IOException e) {
					if (process.waitFor(500, TimeUnit.MILLISECONDS)) {
						return "exit " + process.exitValue() + ": " + Files.readString(log).strip();
					}
					if (System.currentTimeMillis() > deadline) {
						throw new AssertionError("QEMU runs but its monitor does not answer: " + e.getMessage() + "\n" + command);
					}
				}
			}
		} finally {
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static String hash(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	static String shorten(String text) {
		String one = text.replaceAll("\\s+", " ").replace("|", "\\|").strip();
		return one.length() > 140 ? one.substring(0, 137) + "..." : one;
	}

	// ------------------------------------------------------------------------------------------------ table

	/** The Markdown table and the two summary figures of issue #23 item 8. */
	static String table(List<Outcome> outcomes) {
		StringBuilder out = new StringBuilder();
		out.append("| mutation kind | flagged as error (rule) | generate | ").append(String.join(" | ", TOOLS)).append(" |\n|---|---|---|");
		TOOLS.forEach(t -> out.append("---|"));
		out.append('\n');
		for (Outcome o : outcomes) {
			out.append("| ").append(shorten(o.mutation().kind())).append(" | ")
					.append(o.flagged() ? "yes: " + String.join(", ", o.errorRules()) : "no"
							+ (o.warningRules().isEmpty() ? "" : " (warning " + String.join(", ", o.warningRules()) + ")"))
					.append(" |");
			for (String tool : o.tools().keySet()) {
				out.append(' ').append(o.tools().get(tool).cell()).append(" |");
			}
			out.append('\n');
		}
		List<Outcome> rejected = outcomes.stream().filter(Outcome::toolRejected).toList();
		List<Outcome> caught = rejected.stream().filter(Outcome::flagged).toList();
		out.append("\nTool-rejected and flagged as an error by the model first: **").append(caught.size()).append(" / ")
				.append(rejected.size()).append("**");
		List<Outcome> missed = rejected.stream().filter(o -> !o.flagged()).toList();
		if (!missed.isEmpty()) {
			out.append(" (not flagged: ").append(missed.stream().map(o -> o.mutation().kind() + " — rejected by " + String.join(", ", o.rejectingTools()))
					.collect(Collectors.joining("; "))).append(')');
		}
		List<Outcome> onlyModel = outcomes.stream().filter(o -> o.loaded() && o.flagged() && !o.toolRejected()).toList();
		out.append("\n\nFlagged as an error but accepted by every tool: **").append(onlyModel.size()).append(" / ")
				.append(outcomes.stream().filter(Outcome::flagged).count()).append("** flagged\n");
		for (Outcome o : onlyModel) {
			out.append("- ").append(o.mutation().kind()).append(" (").append(String.join(", ", o.errorRules())).append("): ")
					.append(o.mutation().why() != null ? o.mutation().why() : "still wrong: " + shorten(o.firstError() == null ? "" : o.firstError()))
					.append('\n');
		}
		long notLoaded = outcomes.stream().filter(o -> !o.loaded()).count();
		out.append("\nNot usable (syntax or reference error, nothing generated): ").append(notLoaded).append(" / ").append(outcomes.size())
				.append(" mutations.\n");
		return out.toString();
	}
}
