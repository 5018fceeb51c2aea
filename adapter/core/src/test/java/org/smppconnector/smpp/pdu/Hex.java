package org.smppconnector.smpp.pdu;

/** Hex text (spaces, newlines and // comments allowed) to bytes and back, for readable test vectors. */
final class Hex {

    private Hex() {
    }

    static byte[] parse(String text) {
        StringBuilder digits = new StringBuilder();
        for (String line : text.split("\n")) {
            int comment = line.indexOf("//");
            String data = comment >= 0 ? line.substring(0, comment) : line;
            for (char c : data.toCharArray()) {
                if (Character.digit(c, 16) >= 0) {
                    digits.append(c);
                } else if (!Character.isWhitespace(c)) {
                    throw new IllegalArgumentException("not hex: '" + c + "' in " + line);
                }
            }
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    static String format(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(i % 16 == 0 ? '\n' : ' ');
            }
            sb.append(String.format("%02X", bytes[i]));
        }
        return sb.toString();
    }
}
