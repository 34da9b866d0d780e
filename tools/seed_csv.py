"""Reading and writing the seed's CSV files the way the add-*.py scripts of this folder do: a header,
then one line per row quoted only where a value needs it, UTF-8 without a byte-order mark, so that a
script run twice writes the same bytes."""
import csv
import io
import os

SEED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'seed-data')


def read_with_columns(name):
    """The header and the rows of seed-data/NAME."""
    with open(os.path.join(SEED, name), encoding='utf-8-sig', newline='') as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def read(name):
    """The rows of seed-data/NAME, each a dict by column."""
    return read_with_columns(name)[1]


def _line(row, columns):
    out = io.StringIO()
    csv.writer(out, lineterminator='').writerow([row[c] for c in columns])
    return out.getvalue()


def write(name, columns, rows):
    """Writes seed-data/NAME: the columns, then the rows in that order."""
    with open(os.path.join(SEED, name), 'w', encoding='utf-8', newline='') as f:
        f.write('\n'.join([','.join(columns)] + [_line(r, columns) for r in rows]) + '\n')
