// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code avp diagram}: the platform as SVG, laid out in bands (hardware and hypervisor, VMs side by side, networks), readable and faithful to the model. */
public class DiagramTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private record Rect(String id, double x, double y, double w, double h) {
		boolean overlaps(Rect o) {
			return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
		}
	}

	private Document diagram(Path model, Path svg) throws Exception {
		Avp.Result run = Avp.run("diagram", model.toString(), "--out", svg.toString());
		assertEquals(run.err(), 0, run.exit());
		assertTrue(run.out(), run.out().startsWith("wrote the diagram of "));
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
	}

	private static List<Rect> boxes(Document svg) {
		List<Rect> rects = new ArrayList<>();
		NodeList groups = svg.getElementsByTagName("g");
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (g.getAttribute("class").startsWith("box ")) {
				Element rect = (Element) g.getElementsByTagName("rect").item(0);
				rects.add(new Rect(g.getAttribute("data-id"), Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
						Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height"))));
			}
		}
		return rects;
	}

	private static void assertNoOverlap(List<Rect> rects) {
		for (int i = 0; i < rects.size(); i++) {
			for (int j = i + 1; j < rects.size(); j++) {
				assertTrue(rects.get(i) + " overlaps " + rects.get(j), !rects.get(i).overlaps(rects.get(j)));
			}
		}
	}

	/** No line crosses the inside of a box: lines start and end on a box's border and run through the gutters. */
	private static void assertNoLineThroughABox(Document svg, List<Rect> rects) {
		NodeList groups = svg.getElementsByTagName("g");
		int lines = 0;
		for (int i = 0; i < groups.getLength(); i++) {
			Element g = (Element) groups.item(i);
			if (!g.getAttribute("class").startsWith("line ")) {
				continue;
			}
			lines++;
			String[] points = ((Element) g.getElementsByTagName("path").item(0)).getAttribute("d").replace("M", "").split(" L");
			for (int p = 1; p < points.length; p++) {
				String[] a = points[p - 1].split(",");
				String[] b = points[p].split(",");
				double x1 = Double.parseDouble(a[0]), y1 = Double.parseDouble(a[1]), x2 = Double.parseDouble(b[0]), y2 = Double.parseDouble(b[1]);
				assertTrue(g.getAttribute("data-id") + " is orthogonal", x1 == x2 || y1 == y2);
				for (Rect r : rects) {
					boolean inside = Math.max(x1, x2) > r.x() + 1 && Math.min(x1, x2) < r.x() + r.w() - 1 && Math.max(y1, y2) > r.y() + 1
							&& Math.min(y1, y2) < r.y() + r.h() - 1;
					assertTrue(g.getAttribute("data-id") + " runs through " + r, !inside);
				}
			}
		}
		assertTrue("the diagram has lines", lines > 0);
	}

	@Test
	public void cockpitShowsHardwareHypervisorVmsDevicesAndChannels() throws Exception {
		Path svg = tmp.getRoot().toPath().resolve("cockpit.svg");
		Document doc = diagram(Avp.example("cockpit/cockpit.avp"), svg);
		List<Rect> rects = boxes(doc);
		List<String> ids = rects.stream().map(Rect::id).toList();
		assertTrue(ids.toString(), ids.containsAll(List.of("hw", "hv", "vm:driver", "vm:cluster", "vm:ivi", "net:vbr0")));
		assertNoOverlap(rects);
		String text = Files.readString(svg);
		assertTrue("criticality shown", text.contains(">ASIL-B</text>"));
		assertTrue("devices listed in their VM", text.contains(">rng rng0") || text.contains("rng "));
		assertTrue("a vsock channel is a line", text.contains("class=\"line vsock\""));
		assertTrue("back-ends served by the driver VM are lines", text.contains("class=\"line backend\""));
		// the hardware and the hypervisor are on top, side by side, above every VM
		Rect hw = rects.get(ids.indexOf("hw"));
		Rect hv = rects.get(ids.indexOf("hv"));
		assertTrue(hw + " left of " + hv, hw.x() + hw.w() <= hv.x());
		rects.stream().filter(r -> r.id().startsWith("vm:")).forEach(vm -> assertTrue(vm.id(), Math.max(hw.y() + hw.h(), hv.y() + hv.h()) <= vm.y()));
		assertNoLineThroughABox(doc, rects);
		screenshot(svg, "diagram-cockpit.png");
	}

	@Test
	public void findingsAreMarkedOnTheElementsTheyConcern() throws Exception {
		Path svg = tmp.getRoot().toPath().resolve("gaps.svg");
		diagram(Avp.example("noncompliant/cockpit-gaps.avp"), svg);
		String text = Files.readString(svg);
		int ivi = text.indexOf("data-id=\"vm:ivi\"");
		String iviBox = text.substring(ivi, text.indexOf("</g>", ivi));
		assertTrue(iviBox, iviBox.contains("stroke=\"#c62828\""));
		assertTrue(iviBox, iviBox.contains("error"));
	}

	@Test
	public void tenVmsAndAHundredDevicesStayReadable() throws Exception {
		StringBuilder avp = new StringBuilder("platform big {\n\tavps \"2.0\"\n\thardware soc {\n\t\tarchitecture aarch64\n\t\tmemory 65536 MiB\n")
				.append("\t\tinterrupt-controller gicv3\n\t\tiommu\n\t\tcluster cpu kind uniform {\n\t\t\tcore c0 index 0\n\t\t}\n\t}\n")
				.append("\thypervisor xen kind xen version \"4.17\"\n\tnetwork lan {\n\t\tbridge \"br0\"\n\t}\n");
		String[] kinds = { "rng r", "console c", "vsock v", "gpio g", "rtc t", "balloon b", "input i", "crypto k", "sound s" };
		for (int vm = 0; vm < 10; vm++) {
			avp.append("\tvm vm").append(vm).append(" {\n\t\tmemory 1024 MiB\n\t\tvcpu 0 on c0\n");
			avp.append("\t\tnet eth0 {\n\t\t\tnetwork lan\n\t\t}\n");
			for (int d = 0; d < kinds.length; d++) {
				avp.append("\t\t").append(kinds[d]).append(d).append(kinds[d].startsWith("vsock") ? " {\n\t\t\tcid " + (vm + 3) + "\n\t\t}\n" : "\n");
			}
			avp.append("\t}\n");
		}
		for (int vm = 1; vm < 10; vm++) {
			avp.append("\tvsock-channel ch").append(vm).append(" from vm").append(vm).append(" to vm0 port ").append(5000 + vm).append('\n');
		}
		avp.append("}\n");
		Path model = tmp.getRoot().toPath().resolve("big.avp");
		Files.writeString(model, avp.toString(), StandardCharsets.UTF_8);
		Path svg = tmp.getRoot().toPath().resolve("big.svg");
		Document doc = diagram(model, svg);
		List<Rect> rects = boxes(doc);
		assertEquals(rects.toString(), 10, rects.stream().filter(r -> r.id().startsWith("vm:")).count());
		assertNoOverlap(rects);
		assertNoLineThroughABox(doc, rects);
		// one screen at 100 %: the whole SVG (legend included) within 1600 x 1000 px
		Element root = doc.getDocumentElement();
		double width = Double.parseDouble(root.getAttribute("width"));
		double height = Double.parseDouble(root.getAttribute("height"));
		assertTrue(width + " x " + height, width <= 1600 && height <= 1000);
		Path figures = Path.of(System.getProperty("avp.screenshots", "target/screenshots"), "diagram-10-vms.txt");
		Files.createDirectories(figures.getParent());
		Files.writeString(figures, String.format(java.util.Locale.ROOT, "10 VMs, 100 devices, 9 vsock channels, 1 network: %.0f x %.0f px (legend included)%n",
				width, height));
		// hardware and hypervisor on top; the VMs side by side in two rows of five; the network below them
		List<Rect> vms = rects.stream().filter(r -> r.id().startsWith("vm:")).toList();
		Rect hw = rects.stream().filter(r -> r.id().equals("hw")).findFirst().orElseThrow();
		Rect hv = rects.stream().filter(r -> r.id().equals("hv")).findFirst().orElseThrow();
		Rect lan = rects.stream().filter(r -> r.id().equals("net:lan")).findFirst().orElseThrow();
		for (Rect vm : vms) {
			assertTrue(vm.id(), hw.y() + hw.h() < vm.y() && hv.y() + hv.h() < vm.y() && vm.y() + vm.h() < lan.y());
		}
		assertEquals(vms.toString(), List.of(5L, 5L), vms.stream().collect(java.util.stream.Collectors.groupingBy(Rect::y, java.util.TreeMap::new,
				java.util.stream.Collectors.counting())).values().stream().toList());
		assertTrue("vm0 .. vm4 left to right", vms.get(0).x() < vms.get(1).x() && vms.get(3).x() < vms.get(4).x() && vms.get(0).y() == vms.get(4).y());
		assertEquals("a row per device", 100, Files.readString(svg).split("class=\"row\" data-device=", -1).length - 1);
		screenshot(svg, "diagram-10-vms.png");
	}

	/** The SVG in headless Chromium on a 1600 x 1000 screen, for a person to look at. */
	private void screenshot(Path svg, String name) throws Exception {
		Path png = Path.of(System.getProperty("avp.screenshots", "target/screenshots"), name).toAbsolutePath();
		Files.createDirectories(png.getParent());
		Path page = tmp.getRoot().toPath().resolve(name + ".html");
		Files.writeString(page, "<!DOCTYPE html><html><body style=\"margin:0\">" + Files.readString(svg) + "</body></html>");
		Process shot = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1600,1000",
				"--screenshot=" + png, page.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(shot.waitFor(120, TimeUnit.SECONDS));
		assertTrue(Files.size(png) > 20_000);
	}

	@Test
	public void htmlReportEmbedsTheDiagram() throws Exception {
		Path html = tmp.getRoot().toPath().resolve("r.html");
		Avp.Result run = Avp.run("report", Avp.example("cockpit/cockpit.avp").toString(), "--format", "html", "--out", html.toString());
		assertEquals(run.err(), 0, run.exit());
		String text = Files.readString(html);
		assertTrue(text.contains("<h2>Platform diagram</h2>"));
		assertTrue(text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"avp-diagram\""));
	}

	@Test
	public void unreadableModelGivesAClearErrorAndNoFile() throws Exception {
		Path model = tmp.newFile("bad.avp").toPath();
		Files.writeString(model, "platform p {\n\tvm a {\n");
		Path svg = tmp.getRoot().toPath().resolve("bad.svg");
		Avp.Result run = Avp.run("diagram", model.toString(), "--out", svg.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err(), run.err().contains("bad.avp:2:") && run.err().contains("no diagram was written"));
		assertTrue(!Files.exists(svg));
	}
}
