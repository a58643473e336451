namespace FineTuneGraph.Rules;

/// <summary>
/// Reads a .NET regex pattern into its shape (<see cref="RegexNode"/>): atoms with the characters they can match,
/// sequences, alternations and repeats. Tolerates invalid patterns (the compiler reports those). Case-insensitive
/// matching anywhere (<c>(?i)</c>) is taken to apply everywhere, which can only make more atoms overlap.
/// </summary>
internal sealed class RegexShapeParser
{
    private readonly string _pattern;
    private readonly bool _ignoreCase;
    private int _i;

    private RegexShapeParser(string pattern)
    {
        _pattern = pattern;
        _ignoreCase = InlineIgnoreCase(pattern);
    }

    public static RegexNode Parse(string pattern)
    {
        var parser = new RegexShapeParser(pattern);
        var parts = new List<RegexNode>();
        while (parser._i < pattern.Length)
        {
            parts.Add(parser.Alternation());
            parser._i++; // a ')' without its '(': the compiler refuses it
        }

        return parts.Count == 1 ? parts[0] : new RegexNode(RegexNodeKind.Sequence, RegexCharSet.None, parts, 1, 1, 0, pattern.Length);
    }

    private RegexNode Alternation()
    {
        var start = _i;
        var branches = new List<RegexNode> { Sequence() };
        while (At('|'))
        {
            _i++;
            branches.Add(Sequence());
        }

        return branches.Count == 1 ? branches[0] : new RegexNode(RegexNodeKind.Alternation, RegexCharSet.None, branches, 1, 1, start, _i);
    }

    private RegexNode Sequence()
    {
        var start = _i;
        var items = new List<RegexNode>();
        while (_i < _pattern.Length && _pattern[_i] is not ('|' or ')'))
        {
            var atomStart = _i;
            var node = Atom();
            while (TryQuantifier(out var min, out var max))
            {
                node = new RegexNode(RegexNodeKind.Repeat, RegexCharSet.None, [node], min, max, atomStart, _i);
            }

            items.Add(node);
        }

        return items.Count == 1 ? items[0] : new RegexNode(RegexNodeKind.Sequence, RegexCharSet.None, items, 1, 1, start, _i);
    }

    private RegexNode Atom()
    {
        var start = _i;
        var c = _pattern[_i++];
        return c switch
        {
            '(' => Group(start),
            '[' => RegexNode.Atom(Class(), start, _i),
            '\\' => Escape(start, inClass: false) is { } set ? RegexNode.Atom(set, start, _i) : RegexNode.Empty(start, _i),
            '.' => RegexNode.Atom(RegexCharSet.Dot, start, _i),
            '^' or '$' => RegexNode.Empty(start, _i),
            _ => RegexNode.Atom(RegexCharSet.Of(c, _ignoreCase), start, _i),
        };
    }

    /// <summary>After '(': a group's content as a node; look-arounds, comments and inline options match no characters.</summary>
    private RegexNode Group(int start)
    {
        var zeroWidth = false;
        if (At('?'))
        {
            _i++;
            if (At('#'))
            {
                SkipPast(')');
                return RegexNode.Empty(start, _i);
            }

            if (At('=') || At('!') || (At('<') && (At('=', 1) || At('!', 1))))
            {
                zeroWidth = true;
                _i += At('<') ? 2 : 1;
            }
            else if (At('<') || At('\''))
            {
                SkipPast(At('<') ? '>' : '\'');
            }
            else if (At(':') || At('>'))
            {
                _i++;
            }
            else if (At('('))
            {
                // A conditional's test: read as a group of its own.
                _i++;
                Alternation();
                _i++;
            }
            else
            {
                while (_i < _pattern.Length && (char.IsAsciiLetter(_pattern[_i]) || _pattern[_i] == '-'))
                {
                    _i++;
                }

                if (At(')'))
                {
                    _i++;
                    return RegexNode.Empty(start, _i);
                }

                _i++; // ':'
            }
        }

        var content = Alternation();
        _i++; // ')'
        return zeroWidth ? RegexNode.Empty(start, _i) : content with { Start = start, End = _i };
    }

    /// <summary>After '[': the class up to its ']', subtractions read as if absent (a larger set, never a smaller one).</summary>
    private RegexCharSet Class()
    {
        var negated = At('^');
        if (negated)
        {
            _i++;
        }

        var set = RegexCharSet.None;
        var first = true;
        while (_i < _pattern.Length && (first || _pattern[_i] != ']'))
        {
            first = false;
            if (_pattern[_i] == '-' && At('[', 1))
            {
                _i++;
                Class();
                continue;
            }

            var from = _pattern[_i];
            RegexCharSet? member;
            if (from == '\\')
            {
                var escapeStart = _i++;
                member = Escape(escapeStart, inClass: true);
                from = _i - escapeStart == 2 ? _pattern[_i - 1] : '\0';
            }
            else
            {
                _i++;
                member = null;
            }

            if (member is not null && At('-') && _i + 1 < _pattern.Length && _pattern[_i + 1] != ']')
            {
                // A range from an escape ('\x00-\x1F'): read as any character, a larger set rather than a wrong one.
                _i += At('\\', 1) ? 3 : 2;
                set = set.Union(RegexCharSet.Any);
            }
            else if (member is null && At('-') && _i + 1 < _pattern.Length && _pattern[_i + 1] != ']')
            {
                _i++;
                var to = _pattern[_i++];
                if (to == '\\' && _i < _pattern.Length)
                {
                    to = _pattern[_i++];
                }

                set = set.Union(RegexCharSet.Range(from, to, _ignoreCase));
            }
            else
            {
                set = set.Union(member ?? RegexCharSet.Of(from, _ignoreCase));
            }
        }

        _i++; // ']'
        return negated ? set.Complement() : set;
    }

    /// <summary>
    /// After '\': the characters of the escape; null for one that matches no character (<c>\b</c>, <c>\A</c>), or,
    /// in a class, for a plain escaped character (the caller reads it as itself, so ranges work).
    /// </summary>
    private RegexCharSet? Escape(int start, bool inClass)
    {
        if (_i >= _pattern.Length)
        {
            return null;
        }

        var c = _pattern[_i++];
        switch (c)
        {
            case 'w': return RegexCharSet.WordChars;
            case 'W': return RegexCharSet.WordChars.Complement();
            case 'd': return RegexCharSet.Digits;
            case 'D': return RegexCharSet.Digits.Complement();
            case 's': return RegexCharSet.WhiteSpace;
            case 'S': return RegexCharSet.WhiteSpace.Complement();
            case 'p' or 'P':
                var nameStart = _i + 1;
                SkipPast('}');
                var category = Category(_pattern[Math.Min(nameStart, _pattern.Length)..Math.Max(nameStart, _i - 1)]);
                return c == 'P' ? category.Complement() : category;
            case 'b' when !inClass:
            case 'B' or 'A' or 'z' or 'Z' or 'G':
                return null;
            case 'b': return RegexCharSet.Of('\b');
            case 'k':
                SkipPast(At('<') ? '>' : '\'');
                return RegexCharSet.Any;
            case >= '1' and <= '9' when !inClass:
                while (_i < _pattern.Length && char.IsAsciiDigit(_pattern[_i]))
                {
                    _i++;
                }

                return RegexCharSet.Any; // a back-reference may match anything its group did
            case 'x':
                return RegexCharSet.Of(Hex(2));
            case 'u':
                return RegexCharSet.Of(Hex(4));
            case 'c':
                _i = Math.Min(_i + 1, _pattern.Length);
                return RegexCharSet.Range('\0', '\u001F');
            case 'n': return RegexCharSet.Of('\n');
            case 't': return RegexCharSet.Of('\t');
            case 'r': return RegexCharSet.Of('\r');
            case 'f': return RegexCharSet.Of('\f');
            case 'v': return RegexCharSet.Of('\v');
            case 'e': return RegexCharSet.Of('\u001B');
            case '0':
                while (_i < _pattern.Length && _i - start < 4 && _pattern[_i] is >= '0' and <= '7')
                {
                    _i++;
                }

                return RegexCharSet.Range('\0', '\u00FF');
            default:
                return inClass ? null : RegexCharSet.Of(c, _ignoreCase);
        }
    }

    /// <summary>A Unicode category or block by name, over-approximated.</summary>
    private static RegexCharSet Category(string name) => name switch
    {
        "Lu" => RegexCharSet.Range('A', 'Z') with { Some = RegexCharSet.Word },
        "Ll" => RegexCharSet.Range('a', 'z') with { Some = RegexCharSet.Word },
        _ when name.StartsWith('L') || name.StartsWith('M') => RegexCharSet.Range('A', 'Z').Union(RegexCharSet.Range('a', 'z')) with { Some = RegexCharSet.Word },
        _ when name.StartsWith('N') => RegexCharSet.Digits,
        _ when name.StartsWith('Z') => RegexCharSet.Of(' ') with { Some = RegexCharSet.Space },
        _ when name.StartsWith('P') || name.StartsWith('S') => RegexCharSet.WordChars.Union(RegexCharSet.WhiteSpace).Union(RegexCharSet.Range('\0', '\u001F')).Complement() with { Full = 0, Some = RegexCharSet.Other },
        _ => RegexCharSet.Any,
    };

    private bool TryQuantifier(out int min, out int? max)
    {
        min = 0;
        max = null;
        if (_i >= _pattern.Length)
        {
            return false;
        }

        switch (_pattern[_i])
        {
            case '*':
                _i++;
                break;
            case '+':
                min = 1;
                _i++;
                break;
            case '?':
                max = 1;
                _i++;
                break;
            case '{':
                var j = _i + 1;
                var low = Number(ref j);
                if (low is null)
                {
                    return false;
                }

                int? high = low;
                if (j < _pattern.Length && _pattern[j] == ',')
                {
                    j++;
                    high = Number(ref j);
                }

                if (j >= _pattern.Length || _pattern[j] != '}')
                {
                    return false;
                }

                (min, max, _i) = (low.Value, high, j + 1);
                break;
            default:
                return false;
        }

        if (At('?'))
        {
            _i++;
        }

        return true;
    }

    private int? Number(ref int j)
    {
        var start = j;
        var value = 0L;
        while (j < _pattern.Length && char.IsAsciiDigit(_pattern[j]))
        {
            value = Math.Min(int.MaxValue, (value * 10) + (_pattern[j++] - '0'));
        }

        return j > start ? (int)value : null;
    }

    private char Hex(int digits)
    {
        var end = Math.Min(_i + digits, _pattern.Length);
        var value = int.TryParse(_pattern.AsSpan(_i, end - _i), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        _i = end;
        return (char)value;
    }

    private void SkipPast(char close)
    {
        var at = _pattern.IndexOf(close, _i);
        _i = at < 0 ? _pattern.Length : at + 1;
    }

    private bool At(char c, int ahead = 0) => _i + ahead < _pattern.Length && _pattern[_i + ahead] == c;

    /// <summary>Inline options such as <c>(?mi)</c> or <c>(?si-x:</c> that turn on case-insensitive matching.</summary>
    private static bool InlineIgnoreCase(string pattern)
    {
        for (var at = pattern.IndexOf("(?", StringComparison.Ordinal); at >= 0; at = pattern.IndexOf("(?", at + 2, StringComparison.Ordinal))
        {
            var j = at + 2;
            while (j < pattern.Length && char.IsAsciiLetter(pattern[j]))
            {
                if (pattern[j++] == 'i')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
