"""One exception root for the project, with specific subclasses whose messages name the input and the fix."""


class PipelineError(Exception):
    """Root of every error the pipeline raises on purpose."""


class ModelMissing(PipelineError, ImportError):
    """No English spaCy pipeline is installed."""


class GazetteerMissing(PipelineError, FileNotFoundError):
    """The gazetteer database has not been built."""


class ArticleUnreadable(PipelineError, ValueError):
    """An input file cannot become an article (empty, binary, undecodable, bad front matter)."""


class StageInputMissing(PipelineError, FileNotFoundError):
    """A stage was asked to run before the stage it reads from."""


class GoldFormatError(PipelineError, ValueError):
    """A gold or prediction file does not follow FORMATS.md."""


class VocabularyError(PipelineError, ValueError):
    """A vocabulary file in models/ (actors, event words, numbers) is malformed or contradicts itself."""


class GeocoderConfigError(PipelineError, ValueError):
    """A geocoder was asked for with missing or unknown settings (e.g. Nominatim without a user agent)."""
