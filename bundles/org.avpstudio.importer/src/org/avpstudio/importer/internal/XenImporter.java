// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importer;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Boot;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;

/**
 * Xen {@code xl.cfg}: one VM per file. The settings the model has a place for are mapped (name, memory, vCPUs and
 * their pinning, boot, disks and network interfaces through {@link XenDevices}); every other setting is reported as
 * left out with its {@code file:line}.
 */
public final class XenImporter implements Importer {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	// the first line that is not blank or a comment is a setting, and some setting is one only xl.cfg has
	private static final Pattern FIRST_SETTING = Pattern.compile("\\A(\\s*(#[^\\n]*)?\\n)*\\s*[A-Za-z_][A-Za-z0-9_.]*\\s*=");
	private static final Pattern XL_SETTING = Pattern.compile(
			"^[ \\t]*(name|memory|maxmem|vcpus|maxvcpus|kernel|ramdisk|extra|builder|type|disk|vif)[ \\t]*=[ \\t]*[\"'\\[0-9]", Pattern.MULTILINE);

	@Override
	public String id() {
		return "xen";
	}

	@Override
	public boolean detects(String content) {
		return FIRST_SETTING.matcher(content).lookingAt() && XL_SETTING.matcher(content).find();
	}

	@Override
	public void read(Path file, String content, Platform platform, ImportReport report) throws ImportException {
		Map<String, XlConfig.Setting> settings = new LinkedHashMap<>();
		for (XlConfig.Setting s : XlConfig.parse(file, content)) {
			XlConfig.Setting earlier = settings.remove(s.key());
			if (earlier != null) {
				report.leftOut(earlier.at(), earlier.source(), "set again at line " + s.at().line() + "; xl takes the last");
			}
			settings.put(s.key(), s);
		}
		new Guest(file, platform, settings, report).read();
	}

	/** One file's settings read into one VM; {@code used} are those mapped, the rest are reported. */
	private static final class Guest {
		private final Path file;
		private final Platform platform;
		private final Map<String, XlConfig.Setting> settings;
		private final ImportReport report;
		private final List<String> used = new ArrayList<>();
		private final VirtualMachine vm = AVP.createVirtualMachine();

		Guest(Path file, Platform platform, Map<String, XlConfig.Setting> settings, ImportReport report) {
			this.file = file;
			this.platform = platform;
			this.settings = settings;
			this.report = report;
		}

		void read() throws ImportException {
			SourcePosition start = new SourcePosition(file, 1, 1);
			XlConfig.Setting name = settings.get("name");
			String wanted = name != null ? scalar("name") : stem(file);
			AvpNames names = new AvpNames("VM names of the platform");
			platform.getVirtualMachines().forEach(v -> names.taken(v.getName()));
			vm.setName(names.unique(wanted, name != null ? name.at() : start, report));
			used.add("name");
			platform.getVirtualMachines().add(vm);
			report.mapped(vm, "vm " + vm.getName(), name != null ? name.at() : start);
			if (!Hypervisors.of(platform, HypervisorKind.XEN, start, report)) {
				report.leftOut(start, "xl.cfg", "a Xen guest in a platform whose hypervisor is " + platform.getHypervisor().getKind().getLiteral());
			}
			guestType();
			memory();
			vcpus();
			boot();
			new XenDevices(platform, vm, report).read(settings.get("disk"), settings.get("vif"));
			used.add("disk");
			used.add("vif");
			settings.values().stream().filter(s -> !used.contains(s.key()))
					.forEach(s -> report.leftOut(s.at(), s.source(), "no place in the AVP model"));
		}

		// pvh is what the Xen target writes (x86) and the model's default guest; pv and hvm have no place in the model
		private void guestType() throws ImportException {
			for (String key : List.of("type", "builder")) {
				if (settings.containsKey(key) && scalar(key).equals("pvh")) {
					used.add(key);
				}
			}
		}

		private void memory() throws ImportException {
			if (settings.containsKey("memory")) {
				vm.setMemoryMiB(MemorySize.mebibytes(number("memory"), "MiB"));
				used.add("memory");
			}
			if (settings.containsKey("maxmem") && settings.containsKey("memory") && number("maxmem").equals(number("memory"))) {
				used.add("maxmem");
			}
		}

		private void vcpus() throws ImportException {
			int count = settings.containsKey("vcpus") ? Integer.parseInt(number("vcpus")) : 1;
			if (count < 1 || count > GuestParts.MAX_VCPUS) {
				throw new ImportException(settings.get("vcpus").value().at().exact() + ": " + count + " vCPUs; a VM has 1 to " + GuestParts.MAX_VCPUS);
			}
			used.add("vcpus");
			for (int i = 0; i < count; i++) {
				VirtualCpu cpu = AVP.createVirtualCpu();
				cpu.setIndex(i);
				vm.getVcpus().add(cpu);
			}
			if (settings.containsKey("maxvcpus") && Integer.parseInt(number("maxvcpus")) == count) {
				used.add("maxvcpus");
			}
			pins();
		}

		// cpus = ["2", "3"]: vCPU i on host CPU i of the list, one CPU each; read only when every vCPU gets its core
		private void pins() {
			XlConfig.Setting cpus = settings.get("cpus");
			if (cpus == null || !cpus.value().isList() || cpus.value().items().size() != vm.getVcpus().size()
					|| !cpus.value().items().stream().allMatch(v -> v.text().matches("\\d{1,6}"))) {
				return;
			}
			HostHardware host = new HostHardware(platform, report);
			List<PhysicalCore> cores = new ArrayList<>();
			for (XlConfig.Value v : cpus.value().items()) {
				PhysicalCore core = host.core(Integer.parseInt(v.text()), v.at());
				if (core == null) {
					return;
				}
				cores.add(core);
			}
			for (int i = 0; i < cores.size(); i++) {
				vm.getVcpus().get(i).setPinnedTo(cores.get(i));
			}
			used.add("cpus");
		}

		private void boot() throws ImportException {
			Boot boot = AVP.createBoot();
			boot.setKernel(text("kernel"));
			boot.setInitrd(text("ramdisk"));
			boot.setDeviceTree(text("device_tree"));
			String cmdline = text("cmdline");
			if (cmdline == null) {
				String root = text("root");
				String extra = text("extra");
				cmdline = root == null ? extra : extra == null ? "root=" + root : "root=" + root + " " + extra;
			}
			boot.setCommandLine(cmdline);
			if (boot.getKernel() == null) {
				used.removeAll(List.of("ramdisk", "device_tree", "cmdline", "root", "extra"));
				return;
			}
			boot.setProtocol(BootProtocol.LINUX_DIRECT);
			vm.setBoot(boot);
			report.mapped(boot, "boot " + boot.getProtocol().getLiteral(), settings.get("kernel").at());
		}

		private String text(String key) throws ImportException {
			if (!settings.containsKey(key)) {
				return null;
			}
			used.add(key);
			return scalar(key);
		}

		private String scalar(String key) throws ImportException {
			return scalarOf(settings.get(key));
		}

		private String scalarOf(XlConfig.Setting s) throws ImportException {
			if (s.value().isList()) {
				throw new ImportException(s.value().at().exact() + ": '" + s.key() + "' takes a string or number, not a list");
			}
			return s.value().text();
		}

		private String number(String key) throws ImportException {
			String value = scalar(key);
			if (!value.matches("\\d{1,9}")) {
				throw new ImportException(settings.get(key).value().at().exact() + ": '" + key + "' takes a whole number, found '" + value + "'");
			}
			return value;
		}

		private static String stem(Path file) {
			String name = file.getFileName().toString();
			return name.endsWith(".cfg") ? name.substring(0, name.length() - 4) : name;
		}
	}
}
