// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/** {@code avp import}: 0 when everything mapped, 1 when parts were left out (listed), 2 when an input is unusable. */
public class ImportCommandTest extends CommandLineFixture {

	private static final String GUEST = "<domain type='kvm'>\n  <name>gateway</name>\n  <memory unit='MiB'>256</memory>\n"
			+ "  <vcpu>1</vcpu>\n  <devices>\n    <interface type='bridge'>\n      <source bridge='br0'/>\n"
			+ "      <mac address='52:54:00:00:00:01'/>\n      <model type='virtio'/>\n    </interface>\n  </devices>\n</domain>\n";

	@Test
	public void aDomainThatMapsFullyExitsZeroAndTheModelValidates() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		assertEquals(err, 0, avp("import", xml("guest.xml", GUEST).toString(), "--out", model.toString()));
		assertTrue(this.out, this.out.contains("guest.xml:1: mapped: vm gateway"));
		assertTrue(Files.readString(model).contains("// from guest.xml:6"));
		assertFalse(err, avp("validate", model.toString()) == 2);
	}

	@Test
	public void partsLeftOutAreListedAndExitOne() throws Exception {
		Path in = xml("guest.xml", GUEST.replace("  <vcpu>", "  <uuid>0b5e1c52-1f4e-4a55-9f53-2d1c0f4c2a01</uuid>\n  <vcpu>"));
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		assertEquals(err, 1, avp("import", in.toString(), "--out", model.toString(), "--from", "libvirt"));
		assertTrue(this.out, this.out.contains("guest.xml:4: left out: <uuid>0b5e1c52-1f4e-4a55-9f53-2d1c0f4c2a01: no place in the AVP model"));
		assertTrue(Files.exists(model));
	}

	@Test
	public void malformedXmlExitsTwoWithFileLineAndColumn() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		assertEquals(2, avp("import", xml("broken.xml", "<domain>\n  <name>x</nme>\n</domain>\n").toString(), "--out", model.toString()));
		assertTrue(err, err.matches("(?s)avp: .*broken\\.xml:2:\\d+: not well-formed XML: .*"));
		assertFalse(Files.exists(model));
	}

	@Test
	public void aDoctypeIsRefusedAndNothingIsRead() throws Exception {
		Path secret = xml("secret.txt", "do-not-read");
		Path in = xml("entity.xml", "<!DOCTYPE domain [ <!ENTITY s SYSTEM \"file://" + secret + "\"> ]>\n<domain><name>&s;</name></domain>\n");
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		assertEquals(2, avp("import", in.toString(), "--out", model.toString()));
		assertTrue(err, err.contains("DOCTYPE") && !err.contains("do-not-read") && !this.out.contains("do-not-read"));
		assertFalse(Files.exists(model));
	}

	@Test
	public void anUnknownFormatExitsTwo() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		assertEquals(2, avp("import", xml("vm.ini", "[vm]\nname = x\n").toString(), "--out", model.toString()));
		assertTrue(err, err.contains("vm.ini: format not recognised; known formats: libvirt, qemu, xen, cloud-hypervisor, crosvm, dts"));
		assertEquals(2, avp("import", xml("guest.xml", GUEST).toString(), "--out", model.toString(), "--from", "vmware"));
		assertTrue(err, err.contains("unknown format 'vmware'; known: libvirt, qemu, xen, cloud-hypervisor, crosvm, dts"));
		assertEquals(2, avp("import", tmp.getRoot().toPath().resolve("missing.xml").toString(), "--out", model.toString()));
		assertTrue(err, err.contains("missing.xml: cannot be read"));
		Path latin1 = tmp.getRoot().toPath().resolve("latin1.xml");
		Files.write(latin1, new byte[] { '<', 'd', 'o', 'm', 'a', 'i', 'n', '>', (byte) 0xE9, '<', '/', 'd', 'o', 'm', 'a', 'i', 'n', '>' });
		assertEquals(2, avp("import", latin1.toString(), "--out", model.toString()));
		assertTrue(err, err.contains("latin1.xml: not UTF-8 text"));
	}

	@Test
	public void anXlCfgThatMapsFullyExitsZero() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path in = xml("gateway.cfg", "name = 'gateway'\nmemory = 256\nvcpus = 1\nvif = [ 'mac=00:16:3e:00:00:01, bridge=xenbr0' ]\n");
		assertEquals(err, 0, avp("import", in.toString(), "--out", model.toString()));
		assertTrue(this.out, this.out.contains("gateway.cfg:1: mapped: vm gateway"));
		assertTrue(Files.readString(model).contains("// from gateway.cfg:4"));
		assertFalse(err, avp("validate", model.toString()) == 2);
		assertEquals(err, 0, avp("import", in.toString(), "--out", model.toString(), "--from", "xen"));
	}

	@Test
	public void xlSettingsLeftOutAreListedWithTheirLinesAndExitOne() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path in = xml("legacy.cfg", "name = 'legacy'\nmemory = 256\nuuid = '0b5e1c52-1f4e-4a55-9f53-2d1c0f4c2a01'\non_crash = 'restart'\n");
		assertEquals(err, 1, avp("import", in.toString(), "--out", model.toString(), "--from", "xen"));
		assertTrue(this.out, this.out.contains("legacy.cfg:3: left out: uuid = '0b5e1c52-1f4e-4a55-9f53-2d1c0f4c2a01': no place in the AVP model"));
		assertTrue(this.out, this.out.contains("legacy.cfg:4: left out: on_crash = 'restart'"));
		assertTrue(Files.exists(model));
	}

	@Test
	public void anXlCfgSyntaxErrorExitsTwoWithFileLineAndColumn() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		assertEquals(2, avp("import", xml("broken.cfg", "name = 'x'\nmemory = 256\nvif = [ 'a' 'b' ]\n").toString(), "--out", model.toString()));
		assertTrue(err, err.contains("broken.cfg:3:13: ',' or ']' expected in the list, found '''"));
		assertFalse(Files.exists(model));
	}

	@Test
	public void aCrosvmCommandThatMapsFullyExitsZero() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path in = xml("ivi.sh", "#!/bin/sh\nexec crosvm run \\\n  --cpus 2 --mem 1024 \\\n  --block /var/lib/ivi.img \\\n  --net tap-name=tap0,mac=52:54:00:00:00:07 \\\n  /boot/vmlinuz\n");
		assertEquals(err, 0, avp("import", in.toString(), "--out", model.toString()));
		assertTrue(this.out, this.out.contains("ivi.sh:2: mapped: vm ivi"));
		assertTrue(Files.readString(model).contains("// from ivi.sh:5"));
		assertFalse(err, avp("validate", model.toString()) == 2);
		assertEquals(err, 0, avp("import", in.toString(), "--out", model.toString(), "--from", "crosvm"));
	}

	@Test
	public void cloudHypervisorMembersLeftOutAreListedAndExitOne() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path in = xml("vm.create.json", "{\n  \"payload\": {\"kernel\": \"/k\"},\n  \"net\": [{\"ip\": \"192.168.1.1\"}]\n}\n");
		assertEquals(err, 1, avp("import", in.toString(), "--out", model.toString()));
		assertTrue(this.out, this.out.contains("vm.create.json:3: left out: net[0].ip = \"192.168.1.1\": the host's address on the tap"));
		assertTrue(Files.exists(model));
	}

	@Test
	public void malformedJsonAndABadCrosvmCommandExitTwoWithFileLineAndColumn() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		assertEquals(2, avp("import", xml("vm.json", "{\"payload\": {\"kernel\": \"/k\"},\n  \"cpus\": {\"boot_vcpus\": 1,}}").toString(), "--out", model.toString(),
				"--from", "cloud-hypervisor"));
		assertTrue(err, err.matches("(?s)avp: .*vm\\.json:2:\\d+: malformed JSON: .*"));
		assertEquals(2, avp("import", xml("run.sh", "crosvm run --cpus 2 \\\n  --mem\n").toString(), "--out", model.toString()));
		assertTrue(err, err.contains("run.sh:2:3: '--mem' needs a value"));
		assertEquals(2, avp("import", xml("keyboard.json", "{\"name\": \"Virtio Custom Test\", \"events\": []}").toString(), "--out", model.toString(), "--from", "crosvm"));
		assertTrue(err, err.contains("keyboard.json:1:1: no 'crosvm ... run' command found; this is JSON"));
	}

	@Test
	public void aQemuCommandLineExitsOneWithItsLeftOutPartsAndTwoWhenADeviceHasNoDriver() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path script = xml("gateway.sh", "#!/bin/sh\nexec qemu-system-x86_64 -name gateway -m 256M -smp 2 \\\n  -netdev user,id=n0 \\\n"
				+ "  -device '{\"driver\":\"virtio-net-pci\",\"netdev\":\"n0\",\"mac\":\"52:54:00:00:00:01\"}' \\\n  -rtc base=utc\n");
		assertEquals(err, 1, avp("import", script.toString(), "--out", model.toString()));
		assertTrue(this.out, this.out.contains("gateway.sh:2: mapped: vm gateway"));
		assertTrue(this.out, this.out.contains("gateway.sh:5: left out: -rtc base=utc: the guest clock: no place in the AVP model"));
		assertTrue(Files.readString(model).contains("// from gateway.sh:4"));
		assertFalse(err, avp("validate", model.toString()) == 2);
		Path config = xml("gateway.cfg", "[memory]\n  size = \"256\"\n[netdev \"n0\"]\n  type = \"user\"\n[device \"eth0\"]\n  driver = \"virtio-net-pci\"\n  netdev = \"n0\"\n");
		assertEquals(err, 0, avp("import", config.toString(), "--out", model.toString(), "--from", "qemu"));
		Files.delete(model);
		assertEquals(2, avp("import", xml("broken.args", "/usr/bin/qemu-system-x86_64 \\\n-m 256 \\\n-device id=disk0,drive=d0\n").toString(), "--out", model.toString()));
		assertTrue(err, err.contains("broken.args:3:9: -device without a driver"));
		assertFalse(Files.exists(model));
	}

	private static final String BOARD = "/dts-v1/;\n/ {\n\tcompatible = \"avp,cli-board\";\n\t#address-cells = <1>;\n\t#size-cells = <1>;\n"
			+ "\tcpus {\n\t\t#address-cells = <1>;\n\t\t#size-cells = <0>;\n"
			+ "\t\tcpu@0 { device_type = \"cpu\"; compatible = \"arm,cortex-a53\"; reg = <0>; };\n"
			+ "\t\tcpu@1 { device_type = \"cpu\"; compatible = \"arm,cortex-a53\"; reg = <1>; };\n\t};\n"
			+ "\tmemory@40000000 { device_type = \"memory\"; reg = <0x40000000 0x40000000>; };\n};\n";

	@Test
	public void theHardwareOptionReadsTheBoardFirstAndPinsOnItsCores() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path board = xml("board.dts", BOARD);
		Path guest = xml("guest.xml", GUEST.replace("  <vcpu>1</vcpu>\n", "  <vcpu>1</vcpu>\n  <cputune><vcpupin vcpu='0' cpuset='1'/></cputune>\n"));
		assertEquals(this.out + err, 0, avp("import", guest.toString(), "--hardware", board.toString(), "--out", model.toString()));
		assertTrue(this.out, this.out.contains("board.dts:2: mapped: hardware cli_board (aarch64)"));
		assertTrue(this.out, this.out.contains("board.dts:12: mapped: memory 1024 MiB"));
		String text = Files.readString(model);
		assertTrue(text, text.contains("vcpu 0 on cpu1") && text.contains("// from board.dts:10"));
		assertFalse(err, avp("validate", model.toString()) == 2);
		// the board alone, detected or named
		assertEquals(err, 0, avp("import", board.toString(), "--out", model.toString()));
		assertEquals(err, 0, avp("import", "--hardware", board.toString(), "--out", model.toString()));
		assertEquals(err, 0, avp("import", board.toString(), "--from", "dts", "--out", model.toString()));
	}

	@Test
	public void boardNodesLeftOutAreListedAndExitOne() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path board = xml("board.dts", BOARD.replace("};\n};\n", "};\n\tserial@9000000 { compatible = \"arm,pl011\"; reg = <0x9000000 0x1000>; };\n};\n"));
		assertEquals(err, 1, avp("import", "--hardware", board.toString(), xml("guest.xml", GUEST).toString(), "--out", model.toString()));
		assertTrue(this.out, this.out.contains("board.dts:13: left out: node /serial@9000000 (arm,pl011): no place in the AVP model"));
	}

	@Test
	public void aBrokenOrMissingBoardExitsTwo() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("car.avp");
		Path guest = xml("guest.xml", GUEST);
		assertEquals(2, avp("import", guest.toString(), "--hardware", xml("board.dts", BOARD.replace("reg = <0>;", "reg = <0>")).toString(), "--out", model.toString()));
		assertTrue(err, err.contains("avp: ") && err.contains("board.dts:9:73: ',' or ';' expected after a property value, found '};'"));
		assertFalse(Files.exists(model));
		assertEquals(2, avp("import", guest.toString(), "--hardware", xml("xen.cfg", "name = 'x'\nmemory = 256\n").toString(), "--out", model.toString()));
		assertTrue(err, err.contains("xen.cfg: describes no hardware"));
		Path dtb = tmp.getRoot().toPath().resolve("board.dtb");
		Files.write(dtb, new byte[] { (byte) 0xd0, 0x0d, (byte) 0xfe, (byte) 0xed, 0, 0, 1, 0 });
		assertEquals(2, avp("import", "--hardware", dtb.toString(), "--out", model.toString()));
		assertTrue(err, err.contains("board.dtb: truncated or corrupt device tree blob at byte offset 8: the header needs 40 bytes, the file has 8"));
		assertEquals(2, avp("import", "--out", model.toString()));
		assertTrue(err, err.contains("nothing to import"));
	}

	private Path xml(String name, String content) throws Exception {
		Path file = tmp.getRoot().toPath().resolve(name);
		Files.writeString(file, content);
		return file;
	}
}
