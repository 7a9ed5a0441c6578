"""OpenAI images through the ``openai`` package (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``).

The model comes from ``ATELIER_OPENAI_IMAGE_MODEL``. ``n`` is split into calls of at most
``MAX_PER_CALL``; the SDK retries 429s and 5xx itself. A ``moderation_blocked`` refusal is one
failed call, reported plainly; the request id of each call is kept with its images. There are no
seeds (recorded as none) and no negative prompt: one is written into the prompt as "Avoid: …".
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from tools.generators.base import (
    FailedImage,
    GeneratedImage,
    GenerationCancelled,
    GeneratorError,
    ImageRequest,
    ProgressCallback,
    UnsupportedRequest,
    checked_requests,
    group_requests,
)
from tools.generators.http import decode_base64_image
from tools.generators.png import NotAnImage, finish_image

MAX_PER_CALL = 10
# Older GPT image models take only these sizes; newer ones take any multiple of 16 (see check_size).
FIXED_SIZES = {(1024, 1024), (1536, 1024), (1024, 1536)}
FIXED_SIZE_MODELS = ("gpt-image-1", "chatgpt-image")
MAX_PIXELS = 3840 * 2160


class OpenAIImagesGenerator:
    name = "openai"
    supports_video = False
    default_size = (1024, 1024)

    def __init__(self, *, api_key: str | None, base_url: str | None, model: str,
                 quality: str | None = None, timeout: float = 600.0, max_jobs: int = 4,
                 max_retries: int = 2) -> None:
        if not api_key and not base_url:
            raise GeneratorError("the openai generator needs OPENAI_API_KEY (or OPENAI_BASE_URL for a "
                                 "compatible server)")
        self.api_key = api_key
        self.base_url = base_url
        self.model = model
        self.quality = quality
        self.timeout = timeout
        self.max_retries = max_retries
        self.max_concurrent_jobs = max_jobs

    @property
    def job_key(self) -> str:
        return f"openai {self.base_url or 'api.openai.com'}"

    @property
    def model_name(self) -> str:
        return self.model

    def check_size(self, width: int, height: int) -> None:
        if self.model.startswith(FIXED_SIZE_MODELS):
            if (width, height) not in FIXED_SIZES:
                sizes = ", ".join(f"{w}x{h}" for w, h in sorted(FIXED_SIZES))
                raise UnsupportedRequest(f"{width}x{height} is not a size {self.model} can make; it makes {sizes}")
            return
        if (width % 16 or height % 16 or min(width, height) < 256 or width * height > MAX_PIXELS
                or max(width, height) > 3 * min(width, height)):
            raise UnsupportedRequest(
                f"{width}x{height} is not a size {self.model} can make: width and height must each be a "
                f"multiple of 16 from 256, at most {MAX_PIXELS:,} pixels, no longer than 3:1")

    def _client(self):
        import openai  # deferred: the SDK is heavy and only this generator needs it

        return openai.OpenAI(api_key=self.api_key or "unused", base_url=self.base_url,
                             timeout=self.timeout, max_retries=self.max_retries)

    def generate(self, requests: list[ImageRequest], *, on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> Iterator[GeneratedImage | FailedImage]:
        return self._run(checked_requests(self, requests), on_progress, cancel)

    def _run(self, requests, on_progress, cancel) -> Iterator[GeneratedImage | FailedImage]:
        client = self._client()
        total, done = len(requests), 0
        for call in group_requests(requests, MAX_PER_CALL):
            if cancel is not None and cancel.is_set():
                raise GenerationCancelled(f"cancelled after {done} of {total} images")
            for result in self._call(client, call):
                done += 1
                if on_progress is not None:
                    on_progress(done, total)
                yield result

    def _call(self, client, call: list[ImageRequest]) -> list[GeneratedImage | FailedImage]:
        import openai

        first = call[0]
        prompt = first.prompt + (f"\n\nAvoid: {first.negative_prompt}" if first.negative_prompt else "")
        sent = {"model": self.model, "prompt": prompt, "n": len(call),
                "size": f"{first.width}x{first.height}", "output_format": "png"}
        quality = first.settings.get("quality") or self.quality
        if quality:
            sent["quality"] = quality
        try:
            response = client.images.generate(**sent)
        except openai.BadRequestError as error:
            if _code(error) == "moderation_blocked":
                return [FailedImage(r, "OpenAI blocked this prompt (moderation)") for r in call]
            raise GeneratorError(f"OpenAI refused the request: {_message(error)}") from None
        except openai.AuthenticationError:
            raise GeneratorError("OpenAI rejected the API key (OPENAI_API_KEY)") from None
        except openai.PermissionDeniedError as error:
            raise GeneratorError(f"OpenAI does not allow this key to use {self.model}: {_message(error)}") from None
        except openai.NotFoundError:
            raise GeneratorError(f"the server at {client.base_url} has no image model '{self.model}' "
                                 "(or is not an OpenAI-compatible images API)") from None
        except openai.RateLimitError as error:
            raise GeneratorError(f"OpenAI kept refusing for its rate limit after {self.max_retries} "
                                 f"retries: {_message(error)}") from None
        except openai.APITimeoutError:
            raise GeneratorError(f"OpenAI did not answer within {self.timeout:g} s") from None
        except openai.APIConnectionError:
            raise GeneratorError(f"could not reach OpenAI at {client.base_url}") from None
        except openai.InternalServerError as error:
            return [FailedImage(r, f"OpenAI's server failed ({error.status_code})") for r in call]
        except openai.APIStatusError as error:
            raise GeneratorError(f"OpenAI answered {error.status_code}: {_message(error)}") from None
        except openai.APIResponseValidationError:
            raise GeneratorError(f"the server at {client.base_url} answered with something that is "
                                 "not an OpenAI images response") from None
        data = list(response.data or [])
        request_id = getattr(response, "_request_id", None)
        answer = {"request_id": request_id, "created": response.created,
                  "usage": response.usage.model_dump() if getattr(response, "usage", None) else None,
                  **{k: getattr(response, k, None) for k in ("size", "quality", "output_format", "background")}}
        results: list[GeneratedImage | FailedImage] = []
        for i, request in enumerate(call):
            item = data[i] if i < len(data) else None
            raw = decode_base64_image(item.b64_json) if item is not None else None
            if raw is None:
                reason = ("OpenAI returned fewer images than asked" if item is None
                          else "OpenAI sent no image data (a URL or an empty answer)")
                results.append(FailedImage(request, reason))
                continue
            provenance = {"provider": self.name, "model": self.model, "request": sent,
                          "response": {**answer, "index": i, "revised_prompt": item.revised_prompt}}
            try:
                results.append(finish_image(request, raw, provider=self.name, model=self.model, seed=None,
                                            provenance=provenance,
                                            extra={"request_id": request_id}))
            except NotAnImage as error:
                results.append(FailedImage(request, f"OpenAI sent a broken image ({error})"))
        return results


def _code(error) -> str | None:
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error") if isinstance(body.get("error"), dict) else body
        return inner.get("code")
    return getattr(error, "code", None)


def _message(error) -> str:
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error") if isinstance(body.get("error"), dict) else body
        if inner.get("message"):
            return str(inner["message"])[:300]
    return str(getattr(error, "message", error))[:300]


def register_generators(register):
    register("openai", lambda settings: OpenAIImagesGenerator(
        api_key=settings.openai_api_key.get_secret_value() if settings.openai_api_key else None,
        base_url=settings.openai_base_url, model=settings.openai_image_model,
        quality=settings.openai_image_quality, timeout=settings.generator_timeout,
        max_jobs=settings.openai_max_jobs),
        description="OpenAI images (ATELIER_OPENAI_IMAGE_MODEL) via the openai package")
