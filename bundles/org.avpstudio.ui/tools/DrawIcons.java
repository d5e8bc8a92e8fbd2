// SPDX-License-Identifier: EPL-2.0
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the 16x16 element icons of AVP Studio (icons/obj16/<keyword>.png): one per .avp element kind, shapes by
 * family (chip for hardware, window for a VM, rounded tile with letters for a VIRTIO device, link for a channel).
 * Run: java bundles/org.avpstudio.ui/tools/DrawIcons.java bundles/org.avpstudio.ui/icons/obj16
 */
public class DrawIcons {

	static final Color DEVICE = new Color(0xD9, 0x6C, 0x1E);
	static final Color VM = new Color(0x2B, 0x6C, 0xB0);
	static final Color HW = new Color(0x55, 0x5F, 0x6B);
	static final Color CHANNEL = new Color(0x1A, 0x8C, 0x7E);

	public static void main(String[] args) throws Exception {
		File out = new File(args[0]);
		out.mkdirs();
		Map<String, Consumer<Graphics2D>> icons = new LinkedHashMap<>();
		icons.put("platform", g -> { tile(g, new Color(0x24, 0x3B, 0x6B)); letters(g, "P", Color.WHITE, 11); });
		icons.put("hardware", g -> chip(g, HW, 2, 13));
		icons.put("cluster", g -> { g.setColor(HW); for (int x : new int[] { 2, 9 }) for (int y : new int[] { 2, 9 }) g.fillRect(x, y, 5, 5); });
		icons.put("core", g -> chip(g, new Color(0x7A, 0x86, 0x93), 4, 12));
		icons.put("host-device", g -> { g.setColor(HW); g.fillRoundRect(1, 4, 11, 9, 3, 3); g.fillRect(12, 6, 3, 2); g.fillRect(12, 10, 3, 2); letters(g, "H", Color.WHITE, 8, 1, 4, 11, 9); });
		icons.put("hypervisor", g -> { g.setColor(new Color(0x6B, 0x3F, 0xA0)); g.fillRoundRect(1, 9, 14, 5, 2, 2); g.setColor(new Color(0x9B, 0x74, 0xC8)); g.fillRoundRect(2, 2, 5, 6, 2, 2); g.fillRoundRect(9, 2, 5, 6, 2, 2); });
		icons.put("network", g -> { g.setColor(new Color(0x2E, 0x8B, 0x3E)); g.setStroke(new BasicStroke(2)); g.drawLine(1, 8, 15, 8); g.fillOval(1, 2, 5, 5); g.fillOval(10, 10, 5, 5); g.drawLine(3, 5, 3, 8); g.drawLine(12, 8, 12, 11); });
		icons.put("vm", g -> { g.setColor(VM); g.fillRoundRect(1, 2, 14, 12, 3, 3); g.setColor(Color.WHITE); g.fillRect(3, 6, 10, 6); g.setColor(new Color(0x9C, 0xC3, 0xEA)); g.fillRect(3, 3, 2, 2); });
		icons.put("boot", g -> { g.setColor(VM); g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)); g.drawArc(3, 3, 10, 10, 120, 300); g.drawLine(8, 1, 8, 8); });
		Map<String, String> devices = new LinkedHashMap<>();
		for (String[] d : new String[][] { { "block", "B" }, { "net", "N" }, { "console", ">_" }, { "rng", "R" }, { "gpu", "G" }, { "input", "In" },
				{ "sound", "S" }, { "video", "V" }, { "camera", "C" }, { "crypto", "K" }, { "tee", "T" }, { "rpmb", "Rp" }, { "virtio-iommu", "IO" },
				{ "usb", "U" }, { "can", "CA" }, { "gpio", "GP" }, { "sensor", "Se" }, { "wifi", "W" }, { "vsock", "vs" }, { "fs", "F" },
				{ "watchdog", "Wd" }, { "scmi", "Sc" }, { "rtc", "Rt" }, { "balloon", "Ba" }, { "virtio-mem", "M" }, { "shm", "Sh" } }) {
			devices.put(d[0], d[1]);
		}
		devices.forEach((keyword, text) -> icons.put(keyword, g -> { tile(g, DEVICE); letters(g, text, Color.WHITE, text.length() > 1 ? 8 : 11); }));
		icons.put("vsock-channel", g -> { g.setColor(CHANNEL); g.fillOval(0, 5, 6, 6); g.fillOval(10, 5, 6, 6); g.setStroke(new BasicStroke(2)); g.drawLine(5, 8, 11, 8); });
		icons.put("shared-memory", g -> { g.setColor(CHANNEL); g.fillRect(2, 2, 12, 3); g.fillRect(2, 7, 12, 3); g.setColor(CHANNEL.darker()); g.fillRect(2, 12, 12, 3); });
		icons.put("emulated", g -> { g.setColor(HW); g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] { 2, 2 }, 0)); g.drawRect(2, 2, 11, 11); letters(g, "E", HW, 9); });
		icons.put("waive", g -> { g.setColor(new Color(0x7A, 0x5C, 0x12)); g.fillRect(3, 1, 2, 14); g.setColor(new Color(0xF2, 0xC2, 0x1B)); Path2D flag = new Path2D.Double(); flag.moveTo(5, 2); flag.lineTo(14, 5); flag.lineTo(5, 9); flag.closePath(); g.fill(flag); });
		icons.put("import", g -> { g.setColor(Color.WHITE); g.fillRect(3, 1, 10, 14); g.setColor(HW); g.drawRect(3, 1, 10, 14); g.setColor(VM); g.setStroke(new BasicStroke(2)); g.drawLine(0, 8, 8, 8); g.drawLine(6, 5, 9, 8); g.drawLine(6, 11, 9, 8); });
		icons.put("keyword", g -> { g.setColor(new Color(0x7F, 0x00, 0x55)); Path2D d = new Path2D.Double(); d.moveTo(8, 3); d.lineTo(13, 8); d.lineTo(8, 13); d.lineTo(3, 8); d.closePath(); g.fill(d); });
		icons.put("value", g -> { g.setColor(new Color(0x3C, 0x7D, 0x9B)); g.fillOval(3, 3, 10, 10); letters(g, "e", Color.WHITE, 9); });
		icons.put("feature", g -> { g.setColor(new Color(0x4A, 0x4A, 0x4A)); g.fillRoundRect(1, 3, 14, 10, 3, 3); letters(g, "01", new Color(0x8F, 0xE3, 0x88), 8); });
		icons.put("template", g -> { g.setColor(Color.WHITE); g.fillRect(2, 1, 12, 14); g.setColor(HW); g.drawRect(2, 1, 11, 14); letters(g, "{}", VM, 9); });
		for (Map.Entry<String, Consumer<Graphics2D>> icon : icons.entrySet()) {
			BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
			Graphics2D g = image.createGraphics();
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			icon.getValue().accept(g);
			g.dispose();
			ImageIO.write(image, "png", new File(out, icon.getKey() + ".png"));
		}
		System.out.println(icons.size() + " icons in " + out);
	}

	static void tile(Graphics2D g, Color color) {
		g.setColor(color);
		g.fillRoundRect(1, 1, 14, 14, 5, 5);
	}

	static void chip(Graphics2D g, Color color, int from, int to) {
		g.setColor(color);
		g.fillRect(from + 1, from + 1, to - from - 1, to - from - 1);
		for (int p = from + 2; p < to; p += 3) {
			g.fillRect(p, from - 1, 1, 2);
			g.fillRect(p, to, 1, 2);
			g.fillRect(from - 1, p, 2, 1);
			g.fillRect(to, p, 2, 1);
		}
		g.setColor(Color.WHITE);
		int m = (from + to) / 2;
		g.fillRect(m - 1, m - 1, 3, 3);
	}

	static void letters(Graphics2D g, String text, Color color, int size) {
		letters(g, text, color, size, 0, 0, 16, 16);
	}

	static void letters(Graphics2D g, String text, Color color, int size, int x, int y, int w, int h) {
		g.setColor(color);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
		FontMetrics m = g.getFontMetrics();
		g.drawString(text, x + (w - m.stringWidth(text)) / 2f, y + (h - m.getHeight()) / 2f + m.getAscent());
	}
}
