namespace BackStrength.Illustrations.Gif;

/// <summary>The variable-length-code LZW compression GIF uses for image data, written as GIF data sub-blocks.</summary>
internal static class LzwCompressor
{
    private const int MaxCodes = 4096;

    public static void Compress(ReadOnlySpan<byte> indices, int minCodeSize, Stream output)
    {
        output.WriteByte((byte)minCodeSize);
        var clear = 1 << minCodeSize;
        var end = clear + 1;
        var codeSize = minCodeSize + 1;
        var next = end + 1;

        // A string in the table is known by the code of its prefix and its last index.
        var table = new Dictionary<int, int>();
        var bits = new SubBlockWriter(output);
        bits.Write(clear, codeSize);
        int prefix = indices[0];
        foreach (var index in indices[1..])
        {
            var key = (prefix << 8) | index;
            if (table.TryGetValue(key, out var code))
            {
                prefix = code;
                continue;
            }

            bits.Write(prefix, codeSize);
            if (next < MaxCodes)
            {
                table[key] = next++;

                // The decoder learns each code one step later, so widen only once the new code no longer fits.
                if (next > (1 << codeSize) && codeSize < 12)
                {
                    codeSize++;
                }
            }
            else
            {
                bits.Write(clear, codeSize);
                table.Clear();
                next = end + 1;
                codeSize = minCodeSize + 1;
            }

            prefix = index;
        }

        bits.Write(prefix, codeSize);
        bits.Write(end, codeSize);
        bits.Flush();
        output.WriteByte(0);
    }

    /// <summary>Packs codes least significant bit first into blocks of at most 255 bytes, each led by its length.</summary>
    private sealed class SubBlockWriter(Stream output)
    {
        private readonly byte[] _block = new byte[255];
        private int _length;
        private int _pending;
        private int _pendingBits;

        public void Write(int code, int size)
        {
            _pending |= code << _pendingBits;
            _pendingBits += size;
            while (_pendingBits >= 8)
            {
                Add((byte)_pending);
                _pending >>= 8;
                _pendingBits -= 8;
            }
        }

        /// <summary>Writes out the last partial byte and block.</summary>
        public void Flush()
        {
            if (_pendingBits > 0)
            {
                Add((byte)_pending);
                _pending = 0;
                _pendingBits = 0;
            }

            WriteBlock();
        }

        private void Add(byte value)
        {
            _block[_length++] = value;
            if (_length == _block.Length)
            {
                WriteBlock();
            }
        }

        private void WriteBlock()
        {
            if (_length > 0)
            {
                output.WriteByte((byte)_length);
                output.Write(_block, 0, _length);
                _length = 0;
            }
        }
    }
}
