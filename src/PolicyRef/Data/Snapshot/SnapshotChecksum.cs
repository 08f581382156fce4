using System;
using System.Globalization;

namespace PolicyRef.Data.Snapshot
{
    /// <summary>
    /// A 64-bit checksum of the snapshot, written by the data compiler beside it and checked before it is decoded. The
    /// SHA-256 of the data manifest would do the same job, but on Linux computing it loads OpenSSL, which took about an
    /// eighth of the native tool's first answer (docs/performance.md). A checksum stored in the same assembly as the
    /// bytes it covers detects damage, as the SHA-256 beside them did; neither can detect a deliberate change made to both.
    /// </summary>
    internal static class SnapshotChecksum
    {
        /// <summary>The embedded resource holding the checksum as 16 lowercase hex digits.</summary>
        public const string ResourceName = "PolicyRef.Snapshot.check";

        // Odd 64-bit constants with well-spread bits; four lanes so that the multiplications do not wait on each other.
        private const ulong Multiplier1 = 0x9E3779B185EBCA87UL;
        private const ulong Multiplier2 = 0xC2B2AE3D27D4EB4FUL;
        private const ulong Increment = 0x85EBCA77C2B2AE63UL;
        private const int StripeBytes = 32;

        /// <summary>The checksum of <paramref name="bytes"/>, as 16 lowercase hex digits.</summary>
        public static string Of(byte[] bytes)
        {
            var lane0 = Increment;
            var lane1 = Multiplier1;
            var lane2 = Multiplier2;
            var lane3 = Increment ^ Multiplier1;
            var position = 0;
            for (; position + StripeBytes <= bytes.Length; position += StripeBytes)
            {
                lane0 = Round(lane0, Word(bytes, position));
                lane1 = Round(lane1, Word(bytes, position + 8));
                lane2 = Round(lane2, Word(bytes, position + 16));
                lane3 = Round(lane3, Word(bytes, position + 24));
            }

            var hash = RotateLeft(lane0, 1) + RotateLeft(lane1, 7) + RotateLeft(lane2, 12) + RotateLeft(lane3, 18);
            hash ^= (ulong)bytes.Length * Multiplier2;
            for (; position < bytes.Length; position++)
            {
                hash = RotateLeft(hash ^ (bytes[position] * Multiplier1), 23) * Multiplier2 + Increment;
            }

            // Every input bit reaches every output bit.
            hash ^= hash >> 33;
            hash *= Multiplier2;
            hash ^= hash >> 29;
            hash *= Multiplier1;
            hash ^= hash >> 32;
            return hash.ToString("x16", CultureInfo.InvariantCulture);
        }

        private static ulong Round(ulong lane, ulong word) => RotateLeft(lane + (word * Multiplier2), 31) * Multiplier1;

        private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));

        // Little-endian whatever the machine, so that the compiler and the library agree everywhere.
        private static ulong Word(byte[] bytes, int position)
        {
            var word = BitConverter.ToUInt64(bytes, position);
            return BitConverter.IsLittleEndian ? word : Reverse(word);
        }

        private static ulong Reverse(ulong value)
        {
            ulong reversed = 0;
            for (var i = 0; i < 8; i++)
            {
                reversed = (reversed << 8) | ((value >> (8 * i)) & 0xFF);
            }

            return reversed;
        }
    }
}
